using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;

namespace ElectroTutor.Server.WebChat;

/// <summary>
/// A stand-in bot for the Web Chat page until the tutor is connected: it greets a new conversation and repeats each
/// message, replying in process through <see cref="DirectLineConversations"/>.
/// </summary>
internal sealed class EchoDirectLineBot(DirectLineConversations conversations) : IDirectLineBot
{
    /// <inheritdoc />
    public Task<bool> DeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var conversationId = (string?)activity["conversation"]?["id"];
        if (conversationId is null) return Task.FromResult(false);

        switch ((string?)activity["type"])
        {
            case "conversationUpdate":
                // Bot Builder sends no replyToId for a Direct Line conversationUpdate: Web Chat never sees that activity.
                conversations.SendToConversation(conversationId, Message("Welcome to ElectroTutor. The tutor is not connected yet; for now I repeat what you write."));
                break;
            case "message":
                var text = (string?)activity["text"];
                var reply = string.IsNullOrWhiteSpace(text) ? "You sent: " + activity["value"]?.ToJsonString() : "You said: " + text;
                conversations.SendToConversation(conversationId, Message(reply), (string?)activity["id"]);
                break;
        }

        return Task.FromResult(true);
    }

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" };
}
