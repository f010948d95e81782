using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// Reads a press on a tutor card back into a <see cref="TutorInput"/>. An <c>Action.Submit</c> arrives as a
/// <c>message</c> whose <c>value</c> is the button's data with the card's input values merged in at the top level
/// (Web Chat and Teams both do this); Teams' universal actions arrive as an <c>invoke</c> named
/// <c>adaptiveCard/action</c> carrying the same data in <c>value.action.data</c>. Anything else — a plain message, a
/// value of the wrong shape, an unknown action, an oversized string — is not a card submission, and the answer is
/// simply false.
/// </summary>
public static class CardSubmission
{
    /// <summary>The name of Teams' universal-action invoke.</summary>
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>The longest answer, text or item id accepted; a longer one is refused rather than cut.</summary>
    public const int MaximumTextLength = 2_000;

    /// <summary>True with the learner's input when <paramref name="inbound"/> is a press on a tutor card.</summary>
    public static bool TryRead(Activity inbound, [NotNullWhen(true)] out TutorInput? input)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        input = null;
        if (SubmittedData(inbound) is not { } data || data[CardSubmitData.Property] is not JsonObject tutor)
        {
            return false;
        }

        if (!TryString(tutor["action"], out var action) || action is null
            || !TryString(tutor["itemId"], out var itemId)
            || !TryString(tutor[CardSubmitData.AnswerField], out var fixedAnswer)
            || !TryString(tutor[CardSubmitData.TextField], out var fixedText))
        {
            return false;
        }

        if (action == CardSubmitData.TextAction)
        {
            // A button's own text wins; a drop-down's Go button has none and sends the merged selection.
            if (fixedText is null && !TryString(data[CardSubmitData.TextField], out fixedText))
            {
                return false;
            }

            if (string.IsNullOrWhiteSpace(fixedText))
            {
                return false;
            }

            input = TutorInput.Message(fixedText);
            return true;
        }

        if (!CardSubmitData.TryParse(action, out var pressed))
        {
            return false;
        }

        // A choice button names its answer; otherwise the answer box's value is merged in next to the data.
        if (fixedAnswer is null && !TryString(data[CardSubmitData.AnswerField], out fixedAnswer))
        {
            return false;
        }

        input = TutorInput.Press(pressed, fixedAnswer, itemId);
        return true;
    }

    /// <summary>The submitted data object of a card message or universal-action invoke, or null.</summary>
    private static JsonObject? SubmittedData(Activity inbound)
    {
        if (inbound.Type == ActivityTypes.Message)
        {
            return inbound.Value as JsonObject;
        }

        if (inbound.Type == ActivityTypes.Invoke && inbound.Name == InvokeName
            && inbound.Value is JsonObject { } value && value["action"] is JsonObject action
            && TryString(action["type"], out var type) && type is "Action.Execute" or "Action.Submit")
        {
            return action["data"] as JsonObject;
        }

        return null;
    }

    /// <summary>True when <paramref name="node"/> is absent (<paramref name="text"/> null) or a string of acceptable length.</summary>
    private static bool TryString(JsonNode? node, out string? text)
    {
        text = null;
        if (node is null)
        {
            return true;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        text = node.GetValue<string>();
        return text.Length <= MaximumTextLength;
    }
}
