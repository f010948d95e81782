using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Answers free questions from the concept notes, and says honestly when no note matches.</summary>
internal sealed class ConceptAnswers(ConceptLibrary? notes, SkillGraph skills)
{
    public const string NoNoteText =
        "I don't have a note on that. I can answer questions about ion gradients, the Na⁺/K⁺ pump, resting and action potentials, propagation and muscle contraction — try rephrasing, or type `topics`.";

    /// <summary>Says the note answering <paramref name="question"/> and returns true, or returns false when none does.</summary>
    public bool TryAnswer(Turn turn, string question)
    {
        if (notes?.Answer(question) is not { Found: true, Note: { } note })
        {
            return false;
        }

        turn.Say($"**{note.Title}**\n\n{note.Body}");
        var skill = note.Skills.FirstOrDefault(skills.Contains);
        if (turn.State.Question is null)
        {
            turn.Suggest(skill is null ? "start" : $"quiz me on {skill}", "topics", "help");
        }

        return true;
    }

    /// <summary>Adds the first line of the skill's concept note, if there is one, after an explanation.</summary>
    public void AddNoteFor(Turn turn, string skillId)
    {
        if (notes?.ForSkill(skillId) is { Count: > 0 } forSkill)
        {
            var note = forSkill[0];
            turn.Say($"_More on this:_ **{note.Title}** — {note.Summary} (ask me “{note.Title.ToLowerInvariant()}?” for the whole note)");
        }
    }
}
