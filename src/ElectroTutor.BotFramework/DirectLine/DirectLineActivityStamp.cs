using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// What the channel writes into an activity. Only <c>channelId</c>, <c>conversation</c>, <c>from</c>,
/// <c>recipient</c> and <c>serviceUrl</c> are set here (<c>id</c> and <c>timestamp</c> when stored); every other
/// field — <c>channelData.clientActivityID</c> above all — is kept verbatim.
/// </summary>
internal static class DirectLineActivityStamp
{
    public const string ChannelId = "directline";

    /// <summary>Stamps an activity the user's client posted: <c>from.id</c> is always the token's user.</summary>
    public static void FromUser(JsonObject activity, DirectLineConversation conversation, DirectLineOptions options, string serviceUrl)
    {
        var postedName = activity["from"] is JsonObject from && from["name"] is JsonValue name && name.TryGetValue(out string? text)
            ? text
            : null;
        activity["from"] = Account(conversation.UserId, postedName ?? conversation.UserName, "user");
        activity["recipient"] = Account(options.BotId, options.BotName, "bot");
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["channelId"] = ChannelId;
        activity["serviceUrl"] = serviceUrl;
    }

    /// <summary>Stamps an activity the bot sent: <c>from</c> defaults to the bot, <c>recipient</c> to the user.</summary>
    public static void FromBot(JsonObject activity, DirectLineConversation conversation, DirectLineOptions options, string? replyToId)
    {
        if (activity["from"] is JsonObject from)
        {
            from["role"] ??= "bot";
        }
        else
        {
            activity["from"] = Account(options.BotId, options.BotName, "bot");
        }

        if (activity["recipient"] is not JsonObject)
        {
            activity["recipient"] = Account(conversation.UserId, conversation.UserName, "user");
        }

        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["channelId"] = ChannelId;
        if (replyToId is not null && activity["replyToId"] is null)
        {
            activity["replyToId"] = replyToId;
        }
    }

    /// <summary>The activity that tells the bot a conversation started, with the bot and the user as members.</summary>
    public static JsonObject ConversationUpdate(DirectLineConversation conversation, DirectLineOptions options, string serviceUrl)
    {
        var update = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(
                Account(options.BotId, options.BotName, role: null),
                Account(conversation.UserId, conversation.UserName, role: null)),
        };
        FromUser(update, conversation, options, serviceUrl);
        return update;
    }

    private static JsonObject Account(string id, string? name, string? role)
    {
        var account = new JsonObject { ["id"] = id };
        if (name is not null) account["name"] = name;
        if (role is not null) account["role"] = role;
        return account;
    }
}
