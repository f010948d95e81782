namespace ElectroTutor.Tutoring.Storage;

/// <summary>A skill's standing in a class.</summary>
/// <param name="SkillId">The skill's id.</param>
/// <param name="SkillName">The skill's name.</param>
/// <param name="MeanMastery">The class's mean mastery of the skill, in [0, 1].</param>
public sealed record ClassSummarySkill(string SkillId, string SkillName, double MeanMastery);
