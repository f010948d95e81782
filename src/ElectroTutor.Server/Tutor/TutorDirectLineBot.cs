using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.Server.Tutor;

/// <summary>
/// The tutor behind the local Direct Line that Web Chat talks to: the same turn as <c>/api/messages</c>, delivered in
/// process. A typing indicator goes first, so Web Chat shows the tutor at work while a turn runs.
/// </summary>
internal sealed class TutorDirectLineBot(TutorTurnRunner runner, DirectLineConversations conversations) : IDirectLineBot
{
    public async Task<bool> DeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var inbound = activity.Deserialize(BotJsonContext.Default.Activity);
        if (inbound?.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        if (inbound.Type == ActivityTypes.Message)
        {
            Send(conversationId, inbound.AddressReply(new Activity { Type = ActivityTypes.Typing }));
        }

        foreach (var reply in await runner.RunAsync(inbound, cancellationToken))
        {
            Send(conversationId, reply);
        }

        return true;
    }

    private void Send(string conversationId, Activity reply)
    {
        var json = JsonSerializer.SerializeToNode(reply, BotJsonContext.Default.Activity)!.AsObject();
        conversations.SendToConversation(conversationId, json, reply.ReplyToId);
    }
}
