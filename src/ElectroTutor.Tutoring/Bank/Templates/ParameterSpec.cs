namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// A parameter drawn afresh for each item: one of <see cref="Choices"/>, or a value on the grid
/// From, From + Step, …, To.
/// </summary>
/// <param name="Name">Name used in formulas and text, e.g. <c>kOut</c>.</param>
/// <param name="Unit">Unit shown to learners, e.g. "mM"; empty when dimensionless.</param>
/// <param name="Choices">Explicit values; empty when a grid is used.</param>
/// <param name="From">Grid start.</param>
/// <param name="To">Grid end (inclusive).</param>
/// <param name="Step">Grid spacing, greater than zero.</param>
public sealed record ParameterSpec(string Name, string Unit, IReadOnlyList<double> Choices, double From, double To, double Step)
{
    /// <summary>Number of values the parameter can take.</summary>
    public int ValueCount => Choices.Count > 0 ? Choices.Count : (int)Math.Floor(((To - From) / Step) + 1e-9) + 1;

    /// <summary>The k-th possible value.</summary>
    /// <param name="index">0 ≤ index &lt; <see cref="ValueCount"/>.</param>
    /// <returns>The value, rounded to the grid's decimals so 0.1 steps print cleanly.</returns>
    public double ValueAt(int index) =>
        Choices.Count > 0 ? Choices[index] : Math.Round(From + (index * Step), 10);
}
