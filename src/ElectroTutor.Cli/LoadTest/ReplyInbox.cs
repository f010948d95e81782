using System.Collections.Concurrent;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// Replies the loopback connector received, filed under the activity they answer (the <c>replyToId</c> of the connector
/// route). Activity ids of a run are unique, and each simulated learner has one turn in flight, so a learner collects the
/// replies to its turn once the server has answered the POST.
/// </summary>
internal sealed class ReplyInbox
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedReply>> byActivity = new(StringComparer.Ordinal);

    /// <summary>Files a reply to <paramref name="replyToId"/> (empty when the server sent one that answers nothing).</summary>
    public void Add(string replyToId, ReceivedReply reply) =>
        byActivity.GetOrAdd(replyToId, _ => new ConcurrentQueue<ReceivedReply>()).Enqueue(reply);

    /// <summary>Removes and returns the replies to <paramref name="activityId"/>, in the order they arrived.</summary>
    public IReadOnlyList<ReceivedReply> Take(string activityId) =>
        byActivity.TryRemove(activityId, out var replies) ? [.. replies] : [];
}
