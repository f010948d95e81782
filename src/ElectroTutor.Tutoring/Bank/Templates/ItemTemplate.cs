using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// A question template: fresh parameters each time, the answer computed rather than typed, a hint ladder ending in a
/// worked solution with the item's own numbers, and the mistakes it can diagnose.
/// </summary>
public sealed record ItemTemplate
{
    /// <summary>Stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>How the learner answers.</summary>
    public required TemplateKind Kind { get; init; }

    /// <summary>Skill ids the item practises; the first is its main skill.</summary>
    public required IReadOnlyList<string> Skills { get; init; }

    /// <summary>Estimated difficulty from 0 (easy) to 1 (hard).</summary>
    public required double Difficulty { get; init; }

    /// <summary>The question text with {placeholders}.</summary>
    public required string Prompt { get; init; }

    /// <summary>Parameters drawn for each item.</summary>
    public IReadOnlyList<ParameterSpec> Parameters { get; init; } = [];

    /// <summary>Values computed from the parameters, in order.</summary>
    public IReadOnlyList<DerivedValue> Derived { get; init; } = [];

    /// <summary>Conditions every drawn item must satisfy (physical constraints).</summary>
    public IReadOnlyList<Formula> Constraints { get; init; } = [];

    /// <summary>The computed answer (numeric items; optional for choice items whose correctness depends on it).</summary>
    public NumericAnswerSpec? Answer { get; init; }

    /// <summary>Named mistakes and the answers they produce (numeric items).</summary>
    public IReadOnlyList<BuggyVariantSpec> Variants { get; init; } = [];

    /// <summary>The options (choice items).</summary>
    public IReadOnlyList<ChoiceSpec> Choices { get; init; } = [];

    /// <summary>Whether options are shuffled per item (choice items); false keeps the written order (e.g. yes/no).</summary>
    public bool ShuffleChoices { get; init; } = true;

    /// <summary>The events in their correct order (ordering items).</summary>
    public IReadOnlyList<string> OrderingItems { get; init; } = [];

    /// <summary>The accepted and rejected phrases (short-answer items).</summary>
    public ShortAnswerSpec? ShortAnswer { get; init; }

    /// <summary>Hints from gentle to specific; the worked solution follows the last.</summary>
    public required IReadOnlyList<string> Hints { get; init; }

    /// <summary>The worked solution with {placeholders} for the item's numbers.</summary>
    public required string Solution { get; init; }

    /// <summary>The concept behind the question, for "why?".</summary>
    public required string Explanation { get; init; }

    /// <summary>The bank file it came from.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>Its line in that file.</summary>
    public int Line { get; init; }
}
