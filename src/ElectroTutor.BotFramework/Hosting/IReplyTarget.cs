using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Where a turn's addressed replies go: the channel's connector, or a buffer returned in the HTTP response.</summary>
internal interface IReplyTarget
{
    Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);
}
