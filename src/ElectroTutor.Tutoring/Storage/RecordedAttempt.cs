namespace ElectroTutor.Tutoring.Storage;

/// <summary>The outcome of recording an attempt.</summary>
/// <param name="Id">The stored attempt's id.</param>
/// <param name="Attempt">The attempt as stored: for a repeat, the first delivery's attempt, not the one just offered.</param>
/// <param name="IsRepeat">True when the activity id had been recorded before and nothing new was stored.</param>
public sealed record RecordedAttempt(long Id, AttemptRecord Attempt, bool IsRepeat);
