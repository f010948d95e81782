using ElectroTutor.Simulation;

namespace ElectroTutor.Tutoring.Formulas;

/// <summary>
/// A small arithmetic formula written by a template author: numbers, names, <c>+ - * / ^</c>, parentheses,
/// comparisons (<c>&lt; &lt;= &gt; &gt;= == !=</c>, true = 1), <c>&amp;&amp; || !</c>, the functions ln, log10, exp,
/// sqrt, abs, min, max, round(x, digits), kelvin(°C), thermalVoltageMv(°C), and the constants F (C/mol), R (J/(mol·K))
/// and pi. Immutable and safe to share.
/// </summary>
public sealed class Formula
{
    private static readonly Dictionary<string, double> Constants = new(StringComparer.Ordinal)
    {
        ["F"] = PhysicalConstants.FaradayCPerMol,
        ["R"] = PhysicalConstants.GasConstantJPerMolK,
        ["pi"] = Math.PI,
    };

    private readonly FormulaNode root;

    private Formula(string text, FormulaNode root)
    {
        Text = text;
        this.root = root;
        Variables = root.Variables().Where(v => !Constants.ContainsKey(v)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The names the formula reads, other than constants.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Parses a formula.</summary>
    /// <param name="text">The formula.</param>
    /// <returns>The parsed formula.</returns>
    /// <exception cref="FormulaException">The text is not a formula; the message gives the position.</exception>
    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Formula(text, new FormulaParser(text).ParseWhole());
    }

    /// <summary>Evaluates the formula with the given values.</summary>
    /// <param name="values">Name → value; constants need not be given.</param>
    /// <returns>The value (possibly NaN or infinite: callers decide what is acceptable).</returns>
    /// <exception cref="FormulaException">A name has no value.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return root.Evaluate(name =>
            values.TryGetValue(name, out var value) ? value
            : Constants.TryGetValue(name, out var constant) ? constant
            : throw new FormulaException($"'{name}' has no value in formula '{Text}'."));
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
