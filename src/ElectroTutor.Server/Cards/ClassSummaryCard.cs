using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// A class summary as an Adaptive Card 1.5 for its instructor: the class as a heading, one fact per figure (students,
/// mean mastery, weakest skills, students needing help, most frequent misconception, due reviews) and an
/// <c>Action.OpenUrl</c> to the class's dashboard page when the server's address is known.
/// </summary>
internal static class ClassSummaryCard
{
    /// <summary>The card for <paramref name="reply"/>; <paramref name="baseUrl"/> (ending with a slash) makes the dashboard link.</summary>
    public static JsonObject Build(ClassSummaryReply reply, Uri? baseUrl)
    {
        var summary = reply.Summary;
        var facts = ClassSummaryReply.Lines(summary).Select(line => (JsonNode)new JsonObject { ["title"] = line.Label, ["value"] = line.Value });
        var body = new JsonArray
        {
            AdaptiveCard.Heading(summary.ClassName),
            AdaptiveCard.TextBlock($"Class report · join code {summary.JoinCode}", subtle: true),
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray([.. facts]) },
        };
        JsonArray? actions = null;
        if (DashboardUrl(reply, baseUrl) is { } url)
        {
            actions = [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open the class dashboard", ["url"] = url.ToString() }];
        }

        return AdaptiveCard.Card(body, actions);
    }

    /// <summary>The dashboard page of the class under <paramref name="baseUrl"/>, or null without one.</summary>
    public static Uri? DashboardUrl(ClassSummaryReply reply, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (baseUrl is null)
        {
            return null;
        }

        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, reply.DashboardPath);
    }
}
