namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>attempts</c>: one answer to one generated item.</summary>
internal sealed class Attempt
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public string? ActivityId { get; set; }

    public string TemplateId { get; set; } = string.Empty;

    public int Seed { get; set; }

    public string ParametersJson { get; set; } = "{}";

    public string RawAnswer { get; set; } = string.Empty;

    public double? ParsedValue { get; set; }

    public string? ParsedUnit { get; set; }

    public string Verdict { get; set; } = string.Empty;

    public string? MisconceptionId { get; set; }

    public int HintsUsed { get; set; }

    public long ResponseTimeMs { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
