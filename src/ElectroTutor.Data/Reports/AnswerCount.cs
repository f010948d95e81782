namespace ElectroTutor.Data.Reports;

/// <summary>A raw answer (student-typed, trimmed) and how many attempts gave it.</summary>
/// <param name="Answer">The answer text.</param>
/// <param name="Count">Attempts with exactly this text.</param>
public sealed record AnswerCount(string Answer, int Count);
