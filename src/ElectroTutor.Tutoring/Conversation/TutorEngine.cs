using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Experiments;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The tutor's conversation, independent of any channel: (state, input, context) → (new state, replies, what to
/// store). Pure and deterministic for a given context; the host loads and saves state, stores attempts and sends
/// replies. An internal error never escapes: the learner is told, the state is left as it was, and the error is
/// returned in <see cref="TurnOutcome.Fault"/> for the host to log.
/// </summary>
public sealed class TutorEngine
{
    private const int LongestName = 40;

    private readonly QuestionBank bank;
    private readonly TutorEngineOptions options;
    private readonly QuestionFlow questions;
    private readonly TopicMatcher topics;
    private readonly ConceptAnswers concepts;

    /// <summary>
    /// A tutor teaching from <paramref name="bank"/>, with answers computed by <paramref name="catalog"/>, answering
    /// free questions from <paramref name="notes"/> (none when null).
    /// </summary>
    public TutorEngine(QuestionBank bank, ScenarioCatalog catalog, ConceptLibrary? notes = null, TutorEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(catalog);
        this.bank = bank;
        this.options = options ?? TutorEngineOptions.Default;
        concepts = new ConceptAnswers(notes, bank.Skills);
        questions = new QuestionFlow(bank, catalog, this.options, concepts);
        topics = new TopicMatcher(bank.Skills);
    }

    /// <summary>Runs one turn.</summary>
    public TurnOutcome Handle(TutorState state, TutorInput input, TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var turn = new Turn(state, context);
        try
        {
            Dispatch(turn, input);
            return turn.ToOutcome();
        }
#pragma warning disable CA1031 // The turn-error policy: any internal error becomes an apology and an unchanged state.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new TurnOutcome(state, [new TextReply(TutorMessages.Fault)]) { Fault = exception, Suggestions = ["help"] };
        }
    }

    private void Dispatch(Turn turn, TutorInput input)
    {
        switch (input.Kind)
        {
            case TutorInputKind.MemberJoined:
                Joined(turn);
                break;
            case TutorInputKind.ClassLookedUp:
                ClassLookedUp(turn, input);
                break;
            case TutorInputKind.ClassSummaryLookedUp:
                ClassSummaryLookedUp(turn, input);
                break;
            case TutorInputKind.Action:
                Press(turn, input);
                break;
            default:
                Message(turn, input.Text);
                break;
        }
    }

    private void Joined(Turn turn)
    {
        if (turn.State.Stage == SessionStage.New)
        {
            Greet(turn);
            return;
        }

        var name = turn.State.Name is { } n ? $", {n}" : string.Empty;
        turn.Say($"Welcome back{name}!");
        if (turn.State.Question is not null)
        {
            turn.Say("Your last question is still open:");
            questions.Repeat(turn);
            return;
        }

        var due = ProgressView.Build(turn.State, bank.Skills, options, turn.Now).ReviewsDue;
        turn.Say(due > 0
            ? $"You have {due} review{(due == 1 ? string.Empty : "s")} due — type `revise` to do them, or `start` to carry on."
            : "Type `start` to carry on, or `progress` to see where you stand.");
        turn.Suggest(due > 0 ? "revise" : "start", "progress", "help");
    }

    private static void Greet(Turn turn)
    {
        turn.Say(TutorMessages.Introduction);
        turn.Say(turn.Context.ChannelDisplayName is { Length: > 0 } known
            ? $"What should I call you? Type a name, or `skip` to be called {known}."
            : TutorMessages.AskName);
        turn.State = turn.State with { Stage = SessionStage.AwaitingName };
        turn.Suggest("skip");
    }

    private static void ClassLookedUp(Turn turn, TutorInput input)
    {
        if (input.Class is not { } found)
        {
            turn.Say($"I couldn't find a class with the code **{input.JoinCode}**. Check the code with your instructor — codes look like `K7QM2P`.");
            return;
        }

        turn.Say(input.NewlyEnrolled
            ? $"You've joined **{found.Name}**. Your instructor will see your mastery and answers there."
            : $"You're already in **{found.Name}**.");
        if (!turn.State.Classes.Contains(found.Name, StringComparer.Ordinal))
        {
            turn.State = turn.State with { Classes = [.. turn.State.Classes, found.Name] };
        }

        turn.Suggest("start", "topics", "help");
    }

    /// <summary>A class code only the host can look up: to join the class, or for its summary.</summary>
    private static void AskHostAbout(Turn turn, ParsedCommand command)
    {
        var code = command.Argument.ToUpperInvariant();
        if (command.Kind == CommandKind.Join)
        {
            turn.JoinCode = code;
        }
        else
        {
            turn.ClassReportCode = code;
        }
    }

    private static void ClassSummaryLookedUp(Turn turn, TutorInput input)
    {
        // The same words whether the class does not exist or is someone else's: a code is never confirmed to exist.
        if (input.Summary is not { } summary)
        {
            turn.Say($"I can't find a class {input.JoinCode} that you teach.");
            return;
        }

        turn.Say(new ClassSummaryReply(summary));
    }

    private void Press(Turn turn, TutorInput input)
    {
        if (turn.State.Stage is SessionStage.New or SessionStage.AwaitingName or SessionStage.ConfirmingReset)
        {
            turn.State = turn.State with { Stage = SessionStage.Ready };
        }

        var question = turn.State.Question;
        var aboutOpenQuestion = input.Action is TutorAction.Answer or TutorAction.Hint or TutorAction.Solution or TutorAction.Skip;
        if (aboutOpenQuestion && input.ItemId is { } itemId && (question is null || !string.Equals(question.ItemId, itemId, StringComparison.Ordinal)))
        {
            turn.Say("That question is already closed.");
            if (question is not null)
            {
                turn.Say("This is the one that's open:");
                questions.Repeat(turn);
            }
            else
            {
                turn.Suggest("next", "progress");
            }

            return;
        }

        var kind = input.Action switch
        {
            TutorAction.Answer => CommandKind.None,
            TutorAction.Hint => CommandKind.Hint,
            TutorAction.Solution => CommandKind.Solution,
            TutorAction.Skip => CommandKind.Skip,
            TutorAction.Next => CommandKind.Start,
            TutorAction.Explain => CommandKind.Explain,
            TutorAction.Progress => CommandKind.Progress,
            TutorAction.Revise => CommandKind.Revise,
            TutorAction.Topics => CommandKind.Topics,
            _ => CommandKind.Help,
        };
        var text = InputText.Clean(input.Text, out _);
        if (kind == CommandKind.None && question is not null)
        {
            AnswerOrAsk(turn, text, isQuestionLike: false);
            return;
        }

        Run(turn, new ParsedCommand(kind, string.Empty), text);
    }

    private void Message(Turn turn, string raw)
    {
        var text = InputText.Clean(raw, out var truncated);
        if (text.Length == 0)
        {
            turn.Say("I didn't catch anything there. Type `help` to see what I can do.");
            return;
        }

        if (truncated)
        {
            turn.Say($"That's a long message — I read only the first {InputText.MaximumLength:N0} characters.");
        }

        var command = CommandParser.Parse(text);
        switch (turn.State.Stage)
        {
            case SessionStage.New when command.Kind is CommandKind.None or CommandKind.Greet:
                Greet(turn);
                return;
            case SessionStage.New:
                turn.Say(TutorMessages.Introduction);
                turn.State = turn.State with { Stage = SessionStage.Ready };
                break;
            case SessionStage.AwaitingName:
                if (TryTakeName(turn, command, text))
                {
                    return;
                }

                break;
            case SessionStage.ConfirmingReset:
                ConfirmReset(turn, command);
                if (command.Kind is CommandKind.Yes or CommandKind.No or CommandKind.None)
                {
                    return;
                }

                break;
        }

        Run(turn, command, text);
    }

    private static bool TryTakeName(Turn turn, ParsedCommand command, string text)
    {
        turn.State = turn.State with { Stage = SessionStage.Ready };
        if (command.Kind is CommandKind.No || (command.Kind == CommandKind.Skip))
        {
            SetName(turn, turn.Context.ChannelDisplayName, announce: false);
            turn.Say("No problem. " + NextSteps);
            turn.Suggest("start", "topics", "help");
            return true;
        }

        var candidate = command.Kind == CommandKind.Name ? command.Argument
            : command.Kind == CommandKind.None ? StripIntroduction(text)
            : null;
        if (candidate is null || !LooksLikeName(candidate))
        {
            return false;
        }

        SetName(turn, candidate, announce: false);
        turn.Say($"Nice to meet you, {turn.State.Name}! {NextSteps}");
        turn.Suggest("start", "topics", "help");
        return true;
    }

    private const string NextSteps =
        "If your instructor gave you a class code, type `join CODE`. Type `start` and I'll pick your first question, `topics` to choose a topic, or `help` for everything I can do.";

    private static string StripIntroduction(string text)
    {
        foreach (var prefix in new[] { "i am ", "i'm ", "im ", "it's ", "its " })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    private static bool LooksLikeName(string text)
    {
        var name = text.Trim().Trim('"', '\'', '.', '!');
        return name.Length is > 0 and <= LongestName
            && name.Any(char.IsLetter)
            && !FreeQuestion.LooksLikeQuestion(name)
            && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
            && !name.Contains('?', StringComparison.Ordinal);
    }

    private static void SetName(Turn turn, string? name, bool announce)
    {
        if (name is null)
        {
            return;
        }

        var cleaned = name.Trim().Trim('"', '\'', '.', '!');
        if (!LooksLikeName(cleaned))
        {
            turn.Say("That doesn't look like a name to me — up to 40 characters, please, e.g. `call me Sam`.");
            return;
        }

        turn.State = turn.State with { Name = cleaned };
        turn.DisplayName = cleaned;
        if (announce)
        {
            turn.Say($"OK, I'll call you {cleaned}.");
        }
    }

    private static void ConfirmReset(Turn turn, ParsedCommand command)
    {
        turn.State = turn.State with { Stage = SessionStage.Ready };
        if (command.Kind != CommandKind.Yes)
        {
            turn.Say("Reset cancelled — nothing was changed.");
            return;
        }

        var kept = turn.State;
        turn.State = TutorState.New with { Stage = SessionStage.Ready, Name = kept.Name, Classes = kept.Classes };
        turn.ForgetChangedSkills();
        turn.ResetSkillStates = true;
        turn.Say("Done — your mastery, reviews and streaks are reset. Type `start` to begin again.");
        turn.Suggest("start", "topics");
    }

    private void Run(Turn turn, ParsedCommand command, string text)
    {
        switch (command.Kind)
        {
            case CommandKind.Greet:
                Hello(turn);
                break;
            case CommandKind.Help:
                turn.Say(TutorMessages.Help);
                turn.Suggest("start", "topics", "progress");
                break;
            case CommandKind.Topics:
                ListTopics(turn);
                break;
            case CommandKind.Start:
                Start(turn);
                break;
            case CommandKind.Quiz:
                Quiz(turn, command.Argument);
                break;
            case CommandKind.Revise:
                Revise(turn);
                break;
            case CommandKind.Progress:
                turn.Say(new ProgressReply(ProgressView.Build(turn.State, bank.Skills, options, turn.Now)));
                turn.Suggest(turn.State.Question is null ? "start" : "hint", "revise", "topics");
                break;
            case CommandKind.Hint or CommandKind.Solution or CommandKind.Skip:
                AboutOpenQuestion(turn, command.Kind);
                break;
            case CommandKind.Explain:
                Explain(turn);
                break;
            case CommandKind.Simulate:
                Simulate(turn, command.Argument);
                break;
            case CommandKind.Join or CommandKind.ClassReport:
                AskHostAbout(turn, command);
                break;
            case CommandKind.Name:
                SetName(turn, command.Argument, announce: true);
                break;
            case CommandKind.Reset:
                turn.State = turn.State with { Stage = SessionStage.ConfirmingReset };
                turn.Say(new MenuReply(TutorMessages.ConfirmReset, [new MenuChoice("Yes, reset everything", "yes"), new MenuChoice("No, keep my progress", "no")]));
                break;
            case CommandKind.Stop:
                turn.Say(TutorMessages.Stopped);
                turn.EndsSession = true;
                break;
            case CommandKind.Yes when turn.State.Question is null:
                Start(turn);
                break;
            case CommandKind.No when turn.State.Question is null:
                turn.Say("All right. Type `help` whenever you need me.");
                break;
            default:
                Other(turn, text);
                break;
        }
    }

    private void Hello(Turn turn)
    {
        var name = turn.State.Name is { } known ? $", {known}" : string.Empty;
        turn.Say($"Hello{name}! " + (turn.State.Question is null ? "Type `start` for a question, or `help`." : "Your question is still open:"));
        if (turn.State.Question is not null)
        {
            questions.Repeat(turn);
        }
    }

    private void ListTopics(Turn turn)
    {
        var progress = turn.State.Progress;
        var choices = bank.Skills.Skills.Select((skill, index) =>
        {
            var mastery = progress.Of(skill.Id, options.ParametersOf(skill.Id)).Mastery;
            var status = ProgressView.Status(skill, progress, options);
            var badge = status switch { "mastered" => " ✓", "locked" => " (locked)", _ => string.Empty };
            return new MenuChoice($"{index + 1}. {skill.Name} — {Math.Round(mastery * 100):0}%{badge}", $"quiz me on {index + 1}");
        }).ToList();
        turn.Say(new MenuReply("**Topics**, in teaching order (a locked topic opens when its prerequisites are nearly mastered; asking for it starts with those):", choices));
        turn.Suggest("start", "progress");
    }

    private void Start(Turn turn)
    {
        var question = turn.State.Question;
        if (question is null)
        {
            questions.AskNext(turn);
            return;
        }

        if (question.WrongAnswers > 0 || question.HintsShown > 0)
        {
            questions.Skip(turn);
            return;
        }

        turn.Say("You have a question open — answer it, or type `skip` to move on:");
        questions.Repeat(turn);
    }

    private void Quiz(Turn turn, string topic)
    {
        var everything = topic.Trim().ToLowerInvariant() is "everything" or "anything" or "all" or "all topics" or "all of it";
        var skill = everything ? null : topics.Match(topic);
        if (!everything && skill is null)
        {
            turn.Say($"I don't have a topic called “{TutorMessages.Shorten(topic)}”.");
            ListTopics(turn);
            return;
        }

        turn.State = turn.State with { FocusSkillId = skill?.Id, Revising = false, Question = null, LastQuestion = turn.State.Question ?? turn.State.LastQuestion };
        turn.Say(skill is null ? "OK — questions from every topic, chosen for you." : $"OK — questions on **{skill.Name}** and what builds on it.");
        questions.AskNext(turn);
    }

    private static void Simulate(Turn turn, string request)
    {
        var parsed = WhatIfParser.Parse(request);
        if (!parsed.Succeeded)
        {
            turn.Say(parsed.Error.Text);
            turn.Suggest("simulate K out 10", "simulate TTX", "simulate tetanus");
            return;
        }

        turn.Say(ExperimentReply.From(WhatIfRunner.Run(parsed.Request)));
        if (turn.State.Question is not null)
        {
            turn.Say("Your question is still open — answer it when you're ready.");
            turn.Suggest("hint", "skip", "progress");
            return;
        }

        turn.Suggest("simulate", "start", "progress");
    }

    private void Revise(Turn turn)
    {
        turn.State = turn.State with { Revising = true };
        if (turn.State.Question is not null)
        {
            turn.Say("I'll start the reviews after this question — answer it or type `skip`.");
            questions.Repeat(turn);
            return;
        }

        questions.AskNext(turn);
    }

    private void AboutOpenQuestion(Turn turn, CommandKind kind)
    {
        if (turn.State.Question is null)
        {
            turn.Say("There's no question open right now. Type `start` for one.");
            turn.Suggest("start", "topics");
            return;
        }

        switch (kind)
        {
            case CommandKind.Hint:
                questions.Hint(turn);
                break;
            case CommandKind.Solution:
                questions.ShowSolution(turn);
                break;
            default:
                questions.Skip(turn);
                break;
        }
    }

    private void Explain(Turn turn)
    {
        if ((turn.State.Question ?? turn.State.LastQuestion) is { } question)
        {
            questions.Explain(turn, question);
            return;
        }

        turn.Say("Ask me about something specific, e.g. `why does K+ leave the cell?` — or type `start` for a question.");
        turn.Suggest("start", "topics");
    }

    private void Other(Turn turn, string text)
    {
        if (turn.State.Question is not null)
        {
            AnswerOrAsk(turn, text, FreeQuestion.LooksLikeQuestion(text));
            return;
        }

        if (concepts.TryAnswer(turn, text))
        {
            return;
        }

        turn.Say(FreeQuestion.LooksLikeQuestion(text) ? ConceptAnswers.NoNoteText : TutorMessages.Unrecognised(text));
        turn.Suggest("start", "topics", "help");
    }

    private void AnswerOrAsk(Turn turn, string text, bool isQuestionLike)
    {
        // A question about the topic while a question is open gets an answer from the notes, unless it reads as an answer.
        if (isQuestionLike && !questions.IsReadableAnswer(turn, text) && concepts.TryAnswer(turn, text))
        {
            turn.Say("Your question is still open — answer it when you're ready, or type `hint`.");
            turn.Suggest("hint", "skip", "why");
            return;
        }

        questions.Grade(turn, text);
    }
}
