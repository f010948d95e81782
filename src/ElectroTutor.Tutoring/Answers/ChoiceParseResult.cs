namespace ElectroTutor.Tutoring.Answers;

/// <summary>The option a learner chose, or why none could be read.</summary>
/// <param name="Failure">Why parsing failed, or <see cref="ChoiceParseFailure.None"/>.</param>
/// <param name="Index">The zero-based index of the option chosen; -1 on failure.</param>
/// <param name="Message">A friendly explanation of a failure; empty on success.</param>
public sealed record ChoiceParseResult(ChoiceParseFailure Failure, int Index, string Message)
{
    /// <summary>True when one option was read.</summary>
    public bool IsSuccess => Failure == ChoiceParseFailure.None;

    /// <summary>The letter of the option chosen ('a' for index 0), or null on failure.</summary>
    public char? Letter => IsSuccess ? (char)('a' + Index) : null;

    internal static ChoiceParseResult Chosen(int index) => new(ChoiceParseFailure.None, index, string.Empty);

    internal static ChoiceParseResult Fail(ChoiceParseFailure failure, string message) => new(failure, -1, message);
}
