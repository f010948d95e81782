using ElectroTutor.Simulation;

namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A built-in function that formulas may call.</summary>
internal sealed class FormulaFunction
{
    private readonly Func<double[], double> body;

    private FormulaFunction(string name, int arity, Func<double[], double> body)
    {
        Name = name;
        Arity = arity;
        this.body = body;
    }

    public string Name { get; }

    public int Arity { get; }

    /// <summary>Every function, by name.</summary>
    public static IReadOnlyDictionary<string, FormulaFunction> All { get; } = new FormulaFunction[]
    {
        new("ln", 1, a => Math.Log(a[0])),
        new("log10", 1, a => Math.Log10(a[0])),
        new("exp", 1, a => Math.Exp(a[0])),
        new("sqrt", 1, a => Math.Sqrt(a[0])),
        new("abs", 1, a => Math.Abs(a[0])),
        new("min", 2, a => Math.Min(a[0], a[1])),
        new("max", 2, a => Math.Max(a[0], a[1])),
        new("round", 2, a => Math.Round(a[0], (int)a[1], MidpointRounding.AwayFromZero)),
        new("kelvin", 1, a => PhysicalConstants.KelvinFromCelsius(a[0])),
        new("thermalVoltageMv", 1, a => PhysicalConstants.ThermalVoltageMv(a[0])),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public double Apply(ReadOnlySpan<double> arguments) => body(arguments.ToArray());
}
