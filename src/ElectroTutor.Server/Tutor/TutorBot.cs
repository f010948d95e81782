using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.Server.Tutor;

/// <summary>The tutor behind <c>/api/messages</c> (Teams, Azure Direct Line and Web Chat, or any Bot Framework channel).</summary>
internal sealed class TutorBot(TutorTurnRunner runner) : IBotTurnHandler
{
    public async Task HandleAsync(BotTurnContext turn, CancellationToken cancellationToken)
    {
        var replies = await runner.RunAsync(turn.Activity, cancellationToken);
        if (replies.Count > 0)
        {
            await turn.SendAsync(replies, cancellationToken);
        }

        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            // Teams expects an invoke response; the replies went out as messages.
            turn.InvokeResponse = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = replies.Count > 0 ? "Done." : "Nothing to do.",
            });
        }
    }
}
