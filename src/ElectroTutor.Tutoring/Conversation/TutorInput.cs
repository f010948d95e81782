using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>One thing the learner did, as the engine sees it, whatever the channel.</summary>
public sealed record TutorInput
{
    private TutorInput(TutorInputKind kind) => Kind = kind;

    /// <summary>What arrived.</summary>
    public TutorInputKind Kind { get; }

    /// <summary>The typed text, or the text submitted with an action (an answer box); empty otherwise.</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>The button pressed, for <see cref="TutorInputKind.Action"/>.</summary>
    public TutorAction? Action { get; private init; }

    /// <summary>The item a card action was about (<c>templateId:seed</c>), so a stale card is recognised.</summary>
    public string? ItemId { get; private init; }

    /// <summary>The join code looked up, for <see cref="TutorInputKind.ClassLookedUp"/>.</summary>
    public string? JoinCode { get; private init; }

    /// <summary>The class found for <see cref="JoinCode"/>, or null when no class has it.</summary>
    public ClassRecord? Class { get; private init; }

    /// <summary>The class summary found for <see cref="JoinCode"/>, for <see cref="TutorInputKind.ClassSummaryLookedUp"/>; null when the asker teaches no such class.</summary>
    public ClassSummary? Summary { get; private init; }

    /// <summary>True when the learner was newly enrolled (false if already in the class).</summary>
    public bool NewlyEnrolled { get; private init; }

    /// <summary>A typed message.</summary>
    public static TutorInput Message(string? text) => new(TutorInputKind.Text) { Text = text ?? string.Empty };

    /// <summary>A button press, optionally with text (the answer box) and the item the card showed.</summary>
    public static TutorInput Press(TutorAction action, string? text = null, string? itemId = null) =>
        new(TutorInputKind.Action) { Action = action, Text = text ?? string.Empty, ItemId = itemId };

    /// <summary>The learner joined the conversation.</summary>
    public static TutorInput Joined() => new(TutorInputKind.MemberJoined);

    /// <summary>The host's answer to <see cref="TurnOutcome.ClassReportCode"/>: the summary, or null when the asker teaches no such class.</summary>
    public static TutorInput ClassSummaryLookup(string joinCode, ClassSummary? summary) =>
        new(TutorInputKind.ClassSummaryLookedUp) { JoinCode = joinCode, Summary = summary };

    /// <summary>The host's answer to <see cref="TurnOutcome.JoinCode"/>.</summary>
    public static TutorInput ClassLookup(string joinCode, ClassRecord? found, bool newlyEnrolled) =>
        new(TutorInputKind.ClassLookedUp) { JoinCode = joinCode, Class = found, NewlyEnrolled = newlyEnrolled };
}
