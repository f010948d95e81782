using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// A menu as an Adaptive Card. A few choices are buttons that send their command as if typed; a longer list (the
/// topics) is a drop-down with one Go button, because hosts show only a handful of buttons comfortably.
/// </summary>
internal static class MenuCard
{
    /// <summary>The most choices shown as buttons.</summary>
    public const int MaximumButtons = 6;

    /// <summary>The card for <paramref name="reply"/>.</summary>
    public static JsonObject Build(MenuReply reply)
    {
        var body = new JsonArray { AdaptiveCard.TextBlock(reply.Markdown) };
        var actions = new JsonArray();
        if (reply.Choices.Count > MaximumButtons)
        {
            body.Add(AdaptiveCard.CompactChoiceSet(CardSubmitData.TextField, reply.Choices.Select(c => (c.Title, c.Command)), "Choose…"));
            actions.Add(AdaptiveCard.Submit("Go", CardSubmitData.ForText(null)));
        }
        else
        {
            foreach (var choice in reply.Choices)
            {
                actions.Add(AdaptiveCard.Submit(choice.Title, CardSubmitData.ForText(choice.Command)));
            }
        }

        return AdaptiveCard.Card(body, actions);
    }
}
