namespace ElectroTutor.Tutoring.Conversation;

/// <summary>The tutor's fixed wording, in one place so it reads as one voice.</summary>
internal static class TutorMessages
{
    public const string Introduction =
        "Hi! I'm **ElectroTutor**. I teach how ion gradients make nerve impulses and muscle contraction work — " +
        "concentration and electrical gradients, the Na⁺/K⁺ pump, resting and action potentials, propagation, and " +
        "excitation–contraction coupling. I ask questions with fresh numbers each time, check your answers with a " +
        "built-in simulator, point out the exact slip when you make one, and keep track of what you've mastered.";

    public const string AskName = "What should I call you? (Type a name, or `skip`.)";

    public const string Help =
        "**What you can do**\n" +
        "- `start` — I pick the question that teaches you most right now\n" +
        "- `topics` — list the topics; `quiz me on <topic>` — stay on one (e.g. `quiz me on the pump`)\n" +
        "- answer with a number and unit (e.g. `-89 mV`), a letter, or a few words\n" +
        "- `hint` — one step at a time; `solution` — the worked solution; `skip` — move on; `why` — the idea behind the question\n" +
        "- ask me anything about the topic, e.g. `why does K+ leave the cell?`\n" +
        "- `simulate K out 10`, `simulate TTX` — run an experiment on a model cell\n" +
        "- `progress` — mastery per skill and reviews due; `revise` — do due reviews first\n" +
        "- `join CODE` — join your class; `call me <name>`; `reset` — start over; `stop` — pause";

    public const string Stopped = "Paused — your progress is saved. Type `start` whenever you want to continue.";

    public const string ConfirmReset =
        "This erases your mastery, reviews and streaks (your past answers stay in your instructor's records). Are you sure?";

    public const string Fault =
        "Sorry — something went wrong on my side and I couldn't finish that. Nothing you've done is lost; please try again, or type `help`.";

    public static string Unrecognised(string text) =>
        $"I'm not sure what you mean by “{Shorten(text)}”. Type `start` for a question, `topics` to choose a topic, or `help` for everything I can do.";

    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
