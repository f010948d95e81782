namespace ElectroTutor.Data.Operations;

/// <summary>
/// One attempt for analysis, one row per attempt, in the spirit of a PSLC DataShop transaction export: the learner
/// (as a store id, not a channel identity), the problem (template and seed), the step's input and outcome, the
/// knowledge-component diagnosis and timing.
/// </summary>
public sealed record AttemptExportRow(
    long TransactionId,
    long AnonStudentId,
    string ChannelId,
    string? ActivityId,
    DateTimeOffset Time,
    string ProblemName,
    int Seed,
    string ParametersJson,
    string Input,
    double? ParsedValue,
    string? ParsedUnit,
    string Outcome,
    string? MisconceptionId,
    int HintsUsed,
    long DurationMs);
