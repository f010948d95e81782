using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

/// <summary>
/// A bot that records what it is given and answers through the Connector endpoints over HTTP, as a real bot does:
/// a welcome on conversationUpdate, and typing then "echo: text" (replying to the message's id) on each message.
/// </summary>
internal sealed class EchoTestBot : IDirectLineBot
{
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>The client the bot uses to reach the server's connector (set once the test server runs).</summary>
    public HttpClient? Connector { get; set; }

    /// <summary>When true the bot refuses every activity.</summary>
    public bool Fail { get; set; }

    /// <summary>When true the bot never answers and ignores cancellation.</summary>
    public bool Hang { get; set; }

    public async Task<bool> DeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        Received.Enqueue((JsonObject)activity.DeepClone());
        if (Fail) return false;
        if (Hang) return await new TaskCompletionSource<bool>().Task;

        var conversationId = (string)activity["conversation"]!["id"]!;
        var type = (string?)activity["type"];
        if (type == "conversationUpdate")
        {
            await SendAsync(conversationId, null, new JsonObject { ["type"] = "message", ["text"] = "welcome" }, cancellationToken);
        }
        else if (type == "message")
        {
            var replyTo = (string)activity["id"]!;
            await SendAsync(conversationId, replyTo, new JsonObject { ["type"] = "typing" }, cancellationToken);
            await SendAsync(conversationId, replyTo, new JsonObject { ["type"] = "message", ["text"] = "echo: " + (string?)activity["text"] }, cancellationToken);
        }

        return true;
    }

    private async Task SendAsync(string conversationId, string? replyToId, JsonObject reply, CancellationToken cancellationToken)
    {
        var path = $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (replyToId is not null) path += "/" + Uri.EscapeDataString(replyToId);
        using var response = await Connector!.PostAsJsonAsync(path, reply, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
