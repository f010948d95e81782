using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>What one load test run does.</summary>
/// <param name="BaseUri">The server's base address, ending with a slash so that <c>api/messages</c> appends.</param>
/// <param name="Bank">The question bank the server uses, from which the simulated answers are computed.</param>
/// <param name="Learners">Simulated learners talking at the same time, at least 1.</param>
/// <param name="Duration">How long to keep talking once everyone has joined.</param>
/// <param name="Replies">How the replies come back.</param>
internal sealed record LoadTestSettings(Uri BaseUri, QuestionBank Bank, int Learners, TimeSpan Duration, ReplyDelivery Replies)
{
    /// <summary>
    /// The mean pause of a learner between a reply and their next message: zero (the default) sends at once, a closed
    /// loop that measures the server's capacity; a few seconds is closer to students reading and thinking.
    /// </summary>
    public TimeSpan ThinkTime { get; init; }
}
