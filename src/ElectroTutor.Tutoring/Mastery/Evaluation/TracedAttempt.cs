namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>One logged attempt of a knowledge-tracing dataset.</summary>
/// <param name="ItemId">The item (question) id as the dataset names it; empty when the format has none.</param>
/// <param name="Correct">Whether the first answer was correct.</param>
/// <param name="SkillIds">The skills the item is tagged with (at least one).</param>
public sealed record TracedAttempt(string ItemId, bool Correct, IReadOnlyList<string> SkillIds);
