namespace ElectroTutor.Tutoring.Answers;

/// <summary>The order a learner gave, or why it could not be read.</summary>
/// <param name="Failure">Why parsing failed, or <see cref="ChoiceParseFailure.None"/>.</param>
/// <param name="Order">Zero-based item indexes in the learner's order; empty on failure.</param>
/// <param name="Message">A friendly explanation of a failure; empty on success.</param>
public sealed record OrderingParseResult(ChoiceParseFailure Failure, IReadOnlyList<int> Order, string Message)
{
    /// <summary>True when a complete permutation was read.</summary>
    public bool IsSuccess => Failure == ChoiceParseFailure.None;

    /// <summary>True when the order read equals <paramref name="expected"/>.</summary>
    /// <param name="expected">Zero-based item indexes in the correct order.</param>
    /// <returns>Whether the learner's order is the expected one.</returns>
    public bool Matches(IReadOnlyList<int> expected) => IsSuccess && expected is not null && Order.SequenceEqual(expected);

    internal static OrderingParseResult Fail(ChoiceParseFailure failure, string message) => new(failure, [], message);
}
