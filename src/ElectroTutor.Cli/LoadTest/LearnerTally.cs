namespace ElectroTutor.Cli.LoadTest;

/// <summary>What one simulated learner saw: its latencies and errors, and the answers the tutor acknowledged.</summary>
internal sealed class LearnerTally(string userId)
{
    /// <summary>The learner's user id on the <c>loadtest</c> channel.</summary>
    public string UserId { get; } = userId;

    /// <summary>Milliseconds from sending each activity to having read the whole reply, successful or not.</summary>
    public List<double> LatenciesMs { get; } = [];

    /// <summary>Requests that got a non-2xx status or failed outright.</summary>
    public int Errors { get; set; }

    /// <summary>The activity ids of answers the tutor graded: feedback that counts (an unreadable try is not graded or stored).</summary>
    public List<string> AcknowledgedActivityIds { get; } = [];

    /// <summary>The first error seen, to explain a run that fails.</summary>
    public string? FirstError { get; set; }
}
