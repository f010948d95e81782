namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// Mistakes any numeric answer can suffer, added to every numeric item after the template's own variants (which win
/// when they give the same value): a sign slip, and a factor of 1000 from a unit prefix (V for mV, M for mM, …).
/// Their ids must exist in misconceptions.yaml.
/// </summary>
public static class GenericMistakes
{
    /// <summary>The sign is reversed.</summary>
    public const string SignError = "sign-error";

    /// <summary>Off by a factor of 1000.</summary>
    public const string UnitPrefixSlip = "unit-prefix-slip";

    /// <summary>Every generic mistake id.</summary>
    public static IReadOnlyList<string> Ids { get; } = [SignError, UnitPrefixSlip];

    internal static IEnumerable<ItemVariant> For(double answer) =>
    [
        new(SignError, -answer),
        new(UnitPrefixSlip, answer * 1000),
        new(UnitPrefixSlip, answer / 1000),
    ];
}
