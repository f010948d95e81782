using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// <c>expectReplies</c>: replies are collected and returned as the HTTP response; nothing is posted to the service URL.
/// Updates of earlier activities have nowhere to go and are skipped.
/// </summary>
internal sealed class BufferedReplyTarget : IReplyTarget
{
    private readonly List<Activity> replies = [];

    /// <summary>The replies in the order they were sent.</summary>
    public IReadOnlyList<Activity> Replies => replies;

    public Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        replies.Add(reply);
        return Task.FromResult(new ResourceResponse(Id: null));
    }

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activityId));
}
