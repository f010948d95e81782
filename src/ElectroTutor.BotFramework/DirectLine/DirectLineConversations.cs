using System.Security.Cryptography;
using System.Buffers.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// Every open conversation of the local Direct Line, in memory and bounded: at most
/// <see cref="DirectLineOptions.MaxConversations"/>, each forgotten after <see cref="DirectLineOptions.ConversationIdleTimeout"/>
/// without use. Bots in the same process may send through <see cref="SendToConversation"/> instead of HTTP.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty registry.</summary>
    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
    }

    /// <summary>How many conversations are held now (expired ones included until they are next looked at).</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _conversations.Count;
        }
    }

    /// <summary>
    /// Appends an activity from the bot to a conversation, as <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>
    /// does: assigns <c>id</c> and <c>timestamp</c>, defaults <c>from</c> to the bot and <c>recipient</c> to the user.
    /// </summary>
    /// <returns>The new activity id, or null when the conversation is unknown or expired.</returns>
    public string? SendToConversation(string conversationId, JsonObject activity, string? replyToId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = Find(conversationId);
        if (conversation is null) return null;
        DirectLineActivityStamp.FromBot(activity, conversation, _options, replyToId);
        return conversation.Append(activity, _timeProvider.GetUtcNow()).Id;
    }

    /// <summary>
    /// Replaces an activity already in the transcript (e.g. a card locked after it was answered). The new version keeps
    /// the id and timestamp and is delivered to clients again.
    /// </summary>
    /// <returns>False when the conversation or the activity is unknown.</returns>
    public bool UpdateActivity(string conversationId, string activityId, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = Find(conversationId);
        if (conversation is null) return false;
        DirectLineActivityStamp.FromBot(activity, conversation, _options, replyToId: null);
        return conversation.Replace(activityId, activity) is not null;
    }

    /// <summary>Opens a conversation for a user, making room first if the registry is full.</summary>
    internal DirectLineConversation Create(string userId, string? userName)
    {
        var now = _timeProvider.GetUtcNow();
        var conversation = new DirectLineConversation(NewConversationId(), userId, userName, _options.MaxActivitiesPerConversation, now);
        List<DirectLineConversation> evicted = [];
        lock (_gate)
        {
            if (_conversations.Count >= _options.MaxConversations)
            {
                evicted.AddRange(_conversations.Values.Where(c => IsExpired(c, now)));
                foreach (var expired in evicted) _conversations.Remove(expired.Id);
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive)!;
                _conversations.Remove(oldest.Id);
                evicted.Add(oldest);
            }

            _conversations.Add(conversation.Id, conversation);
        }

        foreach (var gone in evicted) gone.Close();
        return conversation;
    }

    /// <summary>Finds a live conversation and marks it as used now; forgets it and returns null if it expired.</summary>
    internal DirectLineConversation? Find(string conversationId)
    {
        var now = _timeProvider.GetUtcNow();
        DirectLineConversation? conversation;
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out conversation)) return null;
            if (!IsExpired(conversation, now))
            {
                conversation.LastActive = now;
                return conversation;
            }

            _conversations.Remove(conversationId);
        }

        conversation.Close();
        return null;
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > _options.ConversationIdleTimeout;

    private static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
