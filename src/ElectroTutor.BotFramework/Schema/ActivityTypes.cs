namespace ElectroTutor.BotFramework.Schema;

/// <summary>The values of <see cref="Activity.Type"/> that travel on the wire. Compared ordinally.</summary>
public static class ActivityTypes
{
    /// <summary>A message: text, attachments, or a card submit carried in <c>value</c>.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left the conversation (<c>membersAdded</c>, <c>membersRemoved</c>).</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The sender is typing; sent by bots to show that a reply is on its way.</summary>
    public const string Typing = "typing";

    /// <summary>A named, fire-and-forget event (<c>name</c>, <c>value</c>).</summary>
    public const string Event = "event";

    /// <summary>A named request that expects a synchronous answer in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>The bot was installed or removed (Teams; <c>action</c> is <c>add</c> or <c>remove</c>).</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A reaction was added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>Diagnostic information, shown only by developer tools.</summary>
    public const string Trace = "trace";

    /// <summary>The types the messaging endpoint hands to the bot; anything else is acknowledged and ignored.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Message, ConversationUpdate, Typing, Event, Invoke, InstallationUpdate, MessageReaction, MessageUpdate,
        MessageDelete, EndOfConversation, Trace,
    };
}
