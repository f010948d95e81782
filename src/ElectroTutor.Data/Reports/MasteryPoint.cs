namespace ElectroTutor.Data.Reports;

/// <summary>A skill's mastery right after one counted attempt.</summary>
/// <param name="At">When the attempt was answered (UTC).</param>
/// <param name="SkillId">The skill.</param>
/// <param name="Mastery">Probability of mastery (0–1) after the attempt.</param>
public sealed record MasteryPoint(DateTimeOffset At, string SkillId, double Mastery);
