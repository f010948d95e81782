using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// Teams puts <c>&lt;at&gt;Name&lt;/at&gt;</c> into a message's text when someone is @mentioned (always, for the bot, in
/// channels and group chats), with a <c>mention</c> entity recording that text. Commands and answers must be read without it.
/// </summary>
public static class ActivityMentions
{
    /// <summary>
    /// The activity's text with the text of its mention entities removed and the result trimmed.
    /// </summary>
    /// <param name="activity">A message activity.</param>
    /// <param name="mentionedId">Only remove mentions of this account (usually the bot, <c>activity.Recipient.Id</c>); null removes all.</param>
    /// <returns>The stripped text, or null when the activity has no text.</returns>
    public static string? GetTextWithoutMentions(this Activity activity, string? mentionedId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is null)
            return null;

        var text = activity.Text;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is not JsonObject mention || StringOf(mention["type"]) != "mention")
                continue;

            var mentionText = StringOf(mention["text"]);
            if (string.IsNullOrEmpty(mentionText))
                continue;

            if (mentionedId is not null && StringOf((mention["mentioned"] as JsonObject)?["id"]) != mentionedId)
                continue;

            text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        }

        return CollapseSpaces(text.Trim());
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Removing a mention leaves a double space mid-sentence; fold runs of spaces into one.</summary>
    private static string CollapseSpaces(string text)
    {
        while (text.Contains("  ", StringComparison.Ordinal))
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        return text;
    }
}
