using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// The few Adaptive Card elements the tutor uses, as plain JSON. Cards are authored at schema 1.5, the newest that
/// Teams renders in bot messages (Web Chat's renderer knows 1.6), and use <c>Action.Submit</c> with object data only:
/// string data would be posted as visible text, and <c>Action.Execute</c> does nothing in Web Chat.
/// </summary>
internal static class AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version every card declares.</summary>
    public const string Version = "1.5";

    /// <summary>
    /// A card with <paramref name="body"/> and optional <paramref name="actions"/>. It has no <c>fallbackText</c>: the
    /// activity's own Markdown <c>text</c> already serves hosts that cannot render cards, and repeating it would double
    /// the payload against Teams' 40 KB.
    /// </summary>
    public static JsonObject Card(JsonArray body, JsonArray? actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    /// <summary>A wrapping text block; Adaptive Cards render a Markdown subset and never HTML, so text goes in as it is.</summary>
    public static JsonObject TextBlock(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    /// <summary>The card's heading.</summary>
    public static JsonObject Heading(string text, string? color = null) => TextBlock(text, "Bolder", "Medium", color);

    /// <summary>
    /// A submit button posting <paramref name="data"/>. With <paramref name="sendsInputs"/> false the card's inputs are
    /// neither validated nor sent (<c>associatedInputs: none</c>), as for Hint and Skip next to an empty answer box.
    /// </summary>
    public static JsonObject Submit(string title, JsonObject data, bool sendsInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (!sendsInputs)
        {
            action["associatedInputs"] = "none";
        }

        return action;
    }

    /// <summary>A row of buttons inside the body.</summary>
    public static JsonObject ActionSet(JsonArray actions) => new() { ["type"] = "ActionSet", ["actions"] = actions };

    /// <summary>A one-line text box.</summary>
    public static JsonObject TextInput(string id, string placeholder, int maximumLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["placeholder"] = placeholder,
        ["maxLength"] = maximumLength,
    };

    /// <summary>A drop-down list whose value is the chosen choice's value.</summary>
    public static JsonObject CompactChoiceSet(string id, IEnumerable<(string Title, string Value)> choices, string? placeholder = null)
    {
        var set = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["style"] = "compact",
            ["isMultiSelect"] = false,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (placeholder is not null)
        {
            set["placeholder"] = placeholder;
        }

        return set;
    }
}
