namespace ElectroTutor.Cli.LoadTest;

/// <summary>An answer the tutor graded: the simulated learner's user id and the answer's activity id.</summary>
internal sealed record AcknowledgedAnswer(string UserId, string ActivityId);
