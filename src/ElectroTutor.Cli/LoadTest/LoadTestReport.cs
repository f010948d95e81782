namespace ElectroTutor.Cli.LoadTest;

/// <summary>The figures of one load test run, as printed by <c>electrotutor loadtest --json</c>.</summary>
internal sealed record LoadTestReport
{
    /// <summary>Simulated learners holding conversations at the same time.</summary>
    public required int Learners { get; init; }

    /// <summary>The learners' mean pause between a reply and their next message, in seconds (0: none).</summary>
    public double ThinkTimeSeconds { get; init; }

    /// <summary>Conversations held: a learner who has mastered everything leaves and a new one takes the seat.</summary>
    public required int Conversations { get; init; }

    /// <summary>Wall-clock seconds from the first request (joins included) to the last reply.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Requests sent (activities posted), successful or not.</summary>
    public required long Turns { get; init; }

    /// <summary><see cref="Turns"/> per second of <see cref="DurationSeconds"/>.</summary>
    public required double TurnsPerSecond { get; init; }

    /// <summary>Median request latency in milliseconds, reply read in full.</summary>
    public required double P50Ms { get; init; }

    /// <summary>95th percentile request latency in milliseconds.</summary>
    public required double P95Ms { get; init; }

    /// <summary>99th percentile request latency in milliseconds.</summary>
    public required double P99Ms { get; init; }

    /// <summary>The slowest request in milliseconds.</summary>
    public required double MaxMs { get; init; }

    /// <summary>Requests answered with a non-2xx status or that failed outright.</summary>
    public required long Errors { get; init; }

    /// <summary>Answers the tutor graded, replying with feedback that counts; each should be a stored attempt.</summary>
    public required long Acknowledged { get; init; }

    /// <summary>Acknowledged answers with no stored attempt; null when the database was not checked.</summary>
    public required long? Lost { get; init; }

    /// <summary>The first error seen, if any, to say what went wrong.</summary>
    public string? FirstError { get; init; }
}
