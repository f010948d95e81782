namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// What one seat of the load test saw: its latencies and errors, the answers the tutor acknowledged, and how many
/// learners sat in it (a learner who has mastered everything leaves, and a new one takes the seat).
/// </summary>
internal sealed class LearnerTally
{
    /// <summary>Milliseconds from sending each activity to having read the whole reply, successful or not.</summary>
    public List<double> LatenciesMs { get; } = [];

    /// <summary>Requests that got a non-2xx status or failed outright.</summary>
    public int Errors { get; set; }

    /// <summary>Answers the tutor graded: feedback that counts (an unreadable try is neither graded nor stored).</summary>
    public List<AcknowledgedAnswer> Acknowledged { get; } = [];

    /// <summary>Learners who held a conversation from this seat.</summary>
    public int Conversations { get; set; }

    /// <summary>The first error seen, to explain a run that fails.</summary>
    public string? FirstError { get; set; }
}
