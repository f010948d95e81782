namespace ElectroTutor.Tutoring.Bank.Validation;

/// <summary>Physically plausible magnitudes per unit, to catch a template whose answer has run off to nonsense.</summary>
internal static class PlausibleRange
{
    private static readonly Dictionary<string, (double Minimum, double Maximum)> ByUnit = new(StringComparer.Ordinal)
    {
        ["mV"] = (-300, 300),
        ["V"] = (-0.3, 0.3),
        ["mM"] = (0, 10_000),
        ["µM"] = (0, 10_000_000),
        ["m/s"] = (0, 200),
        ["ms"] = (0, 100_000),
        ["Hz"] = (0, 2000),
        ["µA/cm²"] = (-20_000, 20_000),
        ["mS/cm²"] = (0, 10_000),
        ["kJ/mol"] = (-500, 500),
        ["°C"] = (-20, 100),
        ["cm"] = (0, 1000),
        ["%"] = (-1000, 1000),
    };

    public static bool Contains(string unit, double value) =>
        !ByUnit.TryGetValue(unit, out var range) || (value >= range.Minimum && value <= range.Maximum);

    public static string Describe(string unit) =>
        ByUnit.TryGetValue(unit, out var range) ? $"{range.Minimum} to {range.Maximum} {unit}" : "finite";
}
