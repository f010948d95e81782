namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>An ion species by symbol and signed valence z (K⁺ is +1, Cl⁻ is −1, Ca²⁺ is +2).</summary>
/// <param name="Symbol">Chemical symbol without charge, e.g. "K".</param>
/// <param name="Valence">Signed charge number z; never zero.</param>
public sealed record Ion(string Symbol, int Valence)
{
    /// <summary>Potassium, K⁺.</summary>
    public static readonly Ion Potassium = new("K", 1);

    /// <summary>Sodium, Na⁺.</summary>
    public static readonly Ion Sodium = new("Na", 1);

    /// <summary>Chloride, Cl⁻.</summary>
    public static readonly Ion Chloride = new("Cl", -1);

    /// <summary>Calcium, Ca²⁺.</summary>
    public static readonly Ion Calcium = new("Ca", 2);

    /// <summary>Magnesium, Mg²⁺.</summary>
    public static readonly Ion Magnesium = new("Mg", 2);

    /// <summary>Hydrogen ion, H⁺.</summary>
    public static readonly Ion Hydrogen = new("H", 1);

    /// <summary>The ions known by symbol.</summary>
    public static IReadOnlyList<Ion> Known { get; } = [Potassium, Sodium, Chloride, Calcium, Magnesium, Hydrogen];

    /// <summary>Finds a known ion by symbol (case-insensitive; "K", "k+", "Ca2+", "Cl-" all work).</summary>
    /// <param name="text">The symbol, optionally followed by its charge.</param>
    /// <param name="ion">The ion when found.</param>
    /// <returns>True when the symbol names a known ion.</returns>
    public static bool TryParse(string? text, out Ion ion)
    {
        ion = Potassium;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var symbol = text.Trim().TrimEnd('+', '-', '⁺', '⁻', '²', '2');
        foreach (var known in Known)
        {
            if (string.Equals(known.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
            {
                ion = known;
                return true;
            }
        }

        return false;
    }
}
