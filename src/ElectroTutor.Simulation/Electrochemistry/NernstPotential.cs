namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>
/// The Nernst equilibrium potential E = (RT / zF) · ln([ion]out / [ion]in), inside minus outside, in mV.
/// </summary>
public static class NernstPotential
{
    /// <summary>Equilibrium potential of an ion.</summary>
    /// <param name="valence">Signed valence z, not zero.</param>
    /// <param name="outsideMm">Extracellular concentration in mM, greater than zero.</param>
    /// <param name="insideMm">Intracellular concentration in mM, greater than zero.</param>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>E in mV (inside relative to outside).</returns>
    public static double EquilibriumPotentialMv(int valence, double outsideMm, double insideMm, double temperatureCelsius)
    {
        if (valence == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(valence), valence, "An ion's valence cannot be zero.");
        }

        RequirePositive(outsideMm, nameof(outsideMm));
        RequirePositive(insideMm, nameof(insideMm));
        return PhysicalConstants.ThermalVoltageMv(temperatureCelsius) / valence * Math.Log(outsideMm / insideMm);
    }

    /// <summary>Equilibrium potential of a known ion.</summary>
    /// <param name="ion">The ion (its valence is used).</param>
    /// <param name="outsideMm">Extracellular concentration in mM, greater than zero.</param>
    /// <param name="insideMm">Intracellular concentration in mM, greater than zero.</param>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>E in mV.</returns>
    public static double EquilibriumPotentialMv(Ion ion, double outsideMm, double insideMm, double temperatureCelsius)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return EquilibriumPotentialMv(ion.Valence, outsideMm, insideMm, temperatureCelsius);
    }

    internal static void RequirePositive(double concentrationMm, string name)
    {
        if (!(concentrationMm > 0) || !double.IsFinite(concentrationMm))
        {
            throw new ArgumentOutOfRangeException(name, concentrationMm, "A concentration must be a finite number above 0 mM.");
        }
    }
}
