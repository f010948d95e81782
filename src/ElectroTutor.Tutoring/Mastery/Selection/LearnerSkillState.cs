using ElectroTutor.Tutoring.Mastery.Revision;

namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>A learner's standing on one skill as selection and revision see it.</summary>
/// <param name="Mastery">P(mastered) in [0, 1].</param>
/// <param name="Attempts">Attempts that practised the skill, zero or more.</param>
/// <param name="LastPracticedAt">The last attempt (UTC), or null if never practised.</param>
/// <param name="Review">The revision memory once the skill has been mastered, else null.</param>
public sealed record LearnerSkillState(double Mastery, int Attempts, DateTimeOffset? LastPracticedAt, ReviewMemory? Review)
{
    /// <summary>The state of a skill never practised, at its prior.</summary>
    public static LearnerSkillState New(BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new LearnerSkillState(parameters.PInit, 0, null, null);
    }
}
