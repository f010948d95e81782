namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A question as channels and automation see it. Never includes the answer.</summary>
public sealed record QuestionData
{
    /// <summary>The item id, <c>templateId:seed</c>; card submissions carry it back.</summary>
    public required string ItemId { get; init; }

    /// <summary>The template the item came from.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The skill being practised.</summary>
    public required string SkillId { get; init; }

    /// <summary>The skill's name.</summary>
    public required string SkillName { get; init; }

    /// <summary><c>numeric</c>, <c>choice</c>, <c>ordering</c> or <c>short-answer</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The question text (Markdown).</summary>
    public required string Prompt { get; init; }

    /// <summary>The item's generated parameters by name.</summary>
    public IReadOnlyDictionary<string, QuantityData> Parameters { get; init; } = new Dictionary<string, QuantityData>(StringComparer.Ordinal);

    /// <summary>The unit the answer is expected in, for numeric questions (any unit of the same dimension is accepted).</summary>
    public string? AnswerUnit { get; init; }

    /// <summary>The options of a choice question.</summary>
    public IReadOnlyList<ChoiceData> Choices { get; init; } = [];

    /// <summary>The events of an ordering question, shuffled.</summary>
    public IReadOnlyList<ChoiceData> OrderingItems { get; init; } = [];

    /// <summary>True for a spaced review of a skill already mastered.</summary>
    public bool IsReview { get; init; }

    /// <summary>How many hints the question has.</summary>
    public int HintsAvailable { get; init; }

    /// <summary>Why the tutor chose this question.</summary>
    public string Reason { get; init; } = string.Empty;
}
