using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// The data a tutor card's button submits: <c>{"electroTutor":{"action":…,"itemId":…,"answer"|"text":…}}</c>. The
/// single named property keeps it apart from the input values the channel merges in next to it (<c>answer</c>,
/// <c>text</c>).
/// </summary>
public static class CardSubmitData
{
    /// <summary>The property that holds the tutor's data.</summary>
    public const string Property = "electroTutor";

    /// <summary>The id of the answer box, and the data field of a choice button's answer.</summary>
    public const string AnswerField = "answer";

    /// <summary>The id of a menu's drop-down, and the data field of a menu button's text.</summary>
    public const string TextField = "text";

    /// <summary>The action that sends <see cref="TextField"/> as if typed.</summary>
    public const string TextAction = "text";

    private static readonly Dictionary<string, TutorAction> Actions = new(StringComparer.Ordinal)
    {
        ["answer"] = TutorAction.Answer,
        ["hint"] = TutorAction.Hint,
        ["skip"] = TutorAction.Skip,
        ["solution"] = TutorAction.Solution,
        ["next"] = TutorAction.Next,
        ["explain"] = TutorAction.Explain,
        ["progress"] = TutorAction.Progress,
        ["revise"] = TutorAction.Revise,
        ["topics"] = TutorAction.Topics,
        ["help"] = TutorAction.Help,
    };

    /// <summary>The wire name of <paramref name="action"/>, e.g. <c>answer</c>.</summary>
    public static string NameOf(TutorAction action) => Actions.First(pair => pair.Value == action).Key;

    /// <summary>The button action named <paramref name="name"/>; false for <see cref="TextAction"/> and unknown names.</summary>
    public static bool TryParse(string name, out TutorAction action) => Actions.TryGetValue(name, out action);

    /// <summary>The data of a button for <paramref name="action"/> about <paramref name="itemId"/>, optionally with a fixed answer.</summary>
    public static JsonObject For(TutorAction action, string? itemId = null, string? answer = null)
    {
        var data = new JsonObject { ["action"] = NameOf(action) };
        if (itemId is not null)
        {
            data["itemId"] = itemId;
        }

        if (answer is not null)
        {
            data[AnswerField] = answer;
        }

        return new JsonObject { [Property] = data };
    }

    /// <summary>The data of a button that sends <paramref name="text"/> as if typed, or of a drop-down's Go button when null.</summary>
    public static JsonObject ForText(string? text)
    {
        var data = new JsonObject { ["action"] = TextAction };
        if (text is not null)
        {
            data[TextField] = text;
        }

        return new JsonObject { [Property] = data };
    }
}
