using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// One question as generated from a template and a seed: the same (template, seed) always gives the same item.
/// Holds what the learner sees and everything needed to judge and explain an answer.
/// </summary>
public sealed record Item
{
    /// <summary>"template-id:seed".</summary>
    public string Id => $"{TemplateId}:{Seed}";

    /// <summary>The template's id.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The seed the parameters were drawn with.</summary>
    public required long Seed { get; init; }

    /// <summary>How the learner answers.</summary>
    public required TemplateKind Kind { get; init; }

    /// <summary>Skill ids; the first is the main skill.</summary>
    public required IReadOnlyList<string> Skills { get; init; }

    /// <summary>Estimated difficulty, 0–1.</summary>
    public required double Difficulty { get; init; }

    /// <summary>The question with this item's numbers.</summary>
    public required string Prompt { get; init; }

    /// <summary>The drawn parameters with units.</summary>
    public required IReadOnlyList<ItemParameter> Parameters { get; init; }

    /// <summary>The correct numeric answer (numeric items, and choice items that compute one), in <see cref="AnswerUnit"/>.</summary>
    public double? Answer { get; init; }

    /// <summary>The answer's unit.</summary>
    public string? AnswerUnit { get; init; }

    /// <summary>How close a numeric answer must be.</summary>
    public Tolerance? Tolerance { get; init; }

    /// <summary>The answer's unit from the unit catalogue, for reading learners' answers.</summary>
    public Unit? AnswerCatalogUnit { get; init; }

    /// <summary>When set, a correct value written with too many or too few significant figures is accepted with a note.</summary>
    public SignificantFigurePolicy? SignificantFigures { get; init; }

    /// <summary>The wrong values named mistakes produce, each distinguishable from the answer and from each other.</summary>
    public IReadOnlyList<ItemVariant> Variants { get; init; } = [];

    /// <summary>The options in the order shown (choice items).</summary>
    public IReadOnlyList<ItemChoice> Choices { get; init; } = [];

    /// <summary>The events as shown, lettered A, B, … in a shuffled order (ordering items).</summary>
    public IReadOnlyList<ItemChoice> OrderingShown { get; init; } = [];

    /// <summary>The letters of <see cref="OrderingShown"/> in the correct order.</summary>
    public IReadOnlyList<string> CorrectOrder { get; init; } = [];

    /// <summary>The accepted and rejected phrases (short-answer items).</summary>
    public ShortAnswerSpec? ShortAnswer { get; init; }

    /// <summary>Hints with this item's numbers, gentle to specific.</summary>
    public required IReadOnlyList<string> Hints { get; init; }

    /// <summary>The worked solution with this item's numbers.</summary>
    public required string Solution { get; init; }

    /// <summary>The concept behind the question.</summary>
    public required string Explanation { get; init; }
}
