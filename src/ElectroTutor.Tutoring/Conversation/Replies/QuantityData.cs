namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A number with its unit, as given in a question.</summary>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit symbol, e.g. <c>mM</c>; empty for a pure number.</param>
public sealed record QuantityData(double Value, string Unit);
