namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// Settings of the in-memory Direct Line (configuration section <c>DirectLine</c>). Every list it keeps is bounded so a
/// long-running server cannot grow without limit.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>The bot's account id, used as <c>recipient.id</c> of user activities and <c>from.id</c> of replies.</summary>
    public string BotId { get; set; } = "electrotutor";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "ElectroTutor";

    /// <summary>How long a token is valid; clients refresh it every 15 minutes, so it must be longer than that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1800);

    /// <summary>Conversations kept at once; when full, expired ones go first, then the least recently active one.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation; the oldest are dropped beyond this (watermarks stay valid).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation with no call and no activity for this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The largest activity body accepted, in bytes (Azure's limit is 256 K characters).</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>How long the bot may take over one activity before the post fails with 502 BotError.</summary>
    public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// When true, the bot-facing connector endpoints (<c>/v3/conversations/…</c>) refuse callers that are not on
    /// this machine, since they take no credentials.
    /// </summary>
    public bool ConnectorLoopbackOnly { get; set; } = true;

    /// <summary>Describes the first invalid setting, or returns null when all are usable.</summary>
    public string? FindProblem()
    {
        if (string.IsNullOrWhiteSpace(BotId)) return "DirectLine:BotId must not be empty.";
        if (TokenLifetime < TimeSpan.FromMinutes(16)) return "DirectLine:TokenLifetime must exceed the clients' 15-minute refresh interval.";
        if (MaxConversations < 1) return "DirectLine:MaxConversations must be at least 1.";
        if (MaxActivitiesPerConversation < 10) return "DirectLine:MaxActivitiesPerConversation must be at least 10.";
        if (ConversationIdleTimeout < TimeSpan.FromMinutes(16)) return "DirectLine:ConversationIdleTimeout must exceed the clients' 15-minute refresh interval.";
        if (MaxActivityBytes < 1024) return "DirectLine:MaxActivityBytes must be at least 1024.";
        if (BotTimeout <= TimeSpan.Zero) return "DirectLine:BotTimeout must be positive.";
        return null;
    }
}
