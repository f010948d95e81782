using System.Net.WebSockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// Serves one Direct Line WebSocket: first the activities after the client's watermark, then each new batch as it is
/// stored, as ActivitySet text frames (typing included, as on Azure). Whatever the client sends (directlinejs pings
/// with empty frames) is read and ignored. Ends when the client closes, the conversation expires or the host stops.
/// </summary>
internal sealed class DirectLineStream(IHostApplicationLifetime lifetime, ILogger<DirectLineStream> logger)
{
    public async Task RunAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken requestAborted)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var stopped = Task.Delay(Timeout.Infinite, stopping.Token);
        var clientClosed = DrainAsync(socket, stopping.Token);
        var cursor = watermark;
        try
        {
            while (socket.State == WebSocketState.Open && !conversation.IsClosed)
            {
                var slice = conversation.ReadAfter(cursor, e => e.Type != "conversationUpdate");
                if (slice.Activities.Count > 0)
                {
                    await socket.SendAsync(ActivitySet.ToUtf8(slice), WebSocketMessageType.Text, endOfMessage: true, stopping.Token);
                }

                cursor = slice.Watermark;
                await Task.WhenAny(slice.Changed, clientClosed, stopped);
                if (clientClosed.IsCompleted || stopped.IsCompleted) break;
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = conversation.IsClosed || stopped.IsCompleted ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, null, closing.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client vanished or the host is stopping; there is no one left to tell.
        }

        // Give the client a moment to answer the close frame, then stop reading.
        await Task.WhenAny(clientClosed, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
        await stopping.CancelAsync();
        await clientClosed;
        DirectLineLog.StreamClosed(logger, conversation.Id);
    }

    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close) return;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // A dropped connection ends the stream just like a close frame.
        }
    }
}
