using System.Security.Claims;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// One turn: the inbound activity and the ways to answer it. Replies are addressed automatically (conversation, from/recipient
/// swapped, locale, <c>replyToId</c>); depending on the inbound <c>deliveryMode</c> they are posted to the service URL or
/// returned in the HTTP response. Sends of one turn go out one at a time, in call order.
/// </summary>
public sealed class BotTurnContext
{
    private readonly TurnOutbox outbox;

    internal BotTurnContext(Activity activity, ClaimsIdentity? identity, TurnOutbox outbox)
    {
        Activity = activity;
        Identity = identity;
        this.outbox = outbox;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>Who the authenticator says sent the request (an anonymous identity in local mode).</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>True when the caller asked for <c>expectReplies</c>: replies are buffered and returned, never posted.</summary>
    public bool ExpectsReplies => Activity.DeliveryMode == DeliveryModes.ExpectReplies;

    /// <summary>
    /// For <c>invoke</c> activities: the HTTP status and body to answer with. Left null, the endpoint answers 501
    /// (not implemented), as Bot Builder does.
    /// </summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends one activity; unset addressing fields are filled in from the inbound activity.</summary>
    /// <returns>The id the channel gave the activity (null when buffered or when the channel gives none).</returns>
    /// <exception cref="HttpRequestException">The channel refused the activity.</exception>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await outbox.SendAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses[0];
    }

    /// <summary>Sends several activities in order, with nothing (not even typing) in between.</summary>
    /// <exception cref="HttpRequestException">The channel refused one of them; the later ones were not sent.</exception>
    public Task<IReadOnlyList<ResourceResponse>> SendAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var list = activities.ToList();
        if (list.Contains(null!))
            throw new ArgumentException("The activities must not contain null.", nameof(activities));
        return outbox.SendAsync(list, cancellationToken);
    }

    /// <summary>Sends a text message.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    /// <summary>Sends a typing indicator now (long turns also get one automatically).</summary>
    public Task<ResourceResponse> SendTypingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    /// <summary>
    /// Replaces an activity sent earlier in this conversation (e.g. to lock an answered card). With <c>expectReplies</c>
    /// there is no channel to update and the call does nothing.
    /// </summary>
    /// <param name="activityId">The id the channel returned when the activity was sent.</param>
    /// <param name="activity">The new content.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <exception cref="HttpRequestException">The channel refused the update.</exception>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return outbox.UpdateAsync(activityId, activity, cancellationToken);
    }
}
