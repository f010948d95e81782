using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// Progress as an Adaptive Card: totals and streaks, then one fact row per skill (name; text bar, percent, status),
/// with Revise and Next question buttons. A fact set keeps the 21-skill card small, far under Teams' 40 KB.
/// </summary>
internal static class ProgressCard
{
    /// <summary>The card for <paramref name="reply"/>.</summary>
    public static JsonObject Build(ProgressReply reply)
    {
        var progress = reply.Progress;
        var facts = progress.Skills.Select(skill => (JsonNode)new JsonObject
        {
            ["title"] = skill.Name,
            ["value"] = string.Create(CultureInfo.InvariantCulture, $"{ProgressReply.Bar(skill.Mastery)} {Math.Round(Math.Clamp(skill.Mastery, 0, 1) * 100, MidpointRounding.AwayFromZero):0}% · {Status(skill)}"),
        });
        var body = new JsonArray
        {
            AdaptiveCard.Heading("Your progress"),
            AdaptiveCard.TextBlock(string.Create(CultureInfo.InvariantCulture, $"**{progress.Mastered} of {progress.Skills.Count}** skills mastered · **{progress.ReviewsDue}** {(progress.ReviewsDue == 1 ? "review" : "reviews")} due")),
            AdaptiveCard.TextBlock(string.Create(CultureInfo.InvariantCulture, $"Streak: {progress.CorrectInARow} right in a row (best {progress.BestCorrectInARow}) · {progress.DaysInARow} {(progress.DaysInARow == 1 ? "day" : "days")} in a row"), subtle: true),
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray([.. facts]) },
        };
        var actions = new JsonArray
        {
            AdaptiveCard.Submit("Revise", CardSubmitData.For(TutorAction.Revise)),
            AdaptiveCard.Submit("Next question", CardSubmitData.For(TutorAction.Next)),
        };
        return AdaptiveCard.Card(body, actions);
    }

    private static string Status(SkillProgressData skill) => skill.Status switch
    {
        "mastered" when skill.ReviewDue => "mastered, review due",
        "mastered" when skill.NextReviewAt is { } due => string.Create(CultureInfo.InvariantCulture, $"mastered, review {due:yyyy-MM-dd}"),
        "locked" => "locked",
        "ready" => "ready to start",
        _ => skill.Status,
    };
}
