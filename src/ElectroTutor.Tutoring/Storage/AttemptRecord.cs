using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Storage;

/// <summary>One answer to one item, as it is stored and exported.</summary>
public sealed record AttemptRecord
{
    /// <summary>The learner who answered.</summary>
    public required long LearnerId { get; init; }

    /// <summary>The channel the answer came through; with <see cref="ActivityId"/> it identifies a delivery.</summary>
    public required string ChannelId { get; init; }

    /// <summary>
    /// The channel's id of the message that carried the answer, or null when the channel has none (e.g. a script).
    /// Within a channel an activity id is recorded at most once.
    /// </summary>
    public string? ActivityId { get; init; }

    /// <summary>The question template's id.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The seed that, with the template, regenerates the exact item.</summary>
    public required int Seed { get; init; }

    /// <summary>The item's generated parameters as JSON (an object; <c>{}</c> when none).</summary>
    public string ParametersJson { get; init; } = "{}";

    /// <summary>What the learner typed, unchanged.</summary>
    public required string RawAnswer { get; init; }

    /// <summary>The value read from the answer, in <see cref="ParsedUnit"/>; null when nothing numeric was read.</summary>
    public double? ParsedValue { get; init; }

    /// <summary>The unit the learner wrote, as written; null when none.</summary>
    public string? ParsedUnit { get; init; }

    /// <summary>The grade.</summary>
    public required AnswerVerdict Verdict { get; init; }

    /// <summary>The misconception diagnosed, or null.</summary>
    public string? MisconceptionId { get; init; }

    /// <summary>Hints shown before this answer; zero or more.</summary>
    public int HintsUsed { get; init; }

    /// <summary>Milliseconds from the question being shown to the answer arriving; zero or more.</summary>
    public long ResponseTimeMs { get; init; }

    /// <summary>When the answer arrived (UTC).</summary>
    public required DateTimeOffset AnsweredAt { get; init; }
}
