namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>
/// The Goldman–Hodgkin–Katz voltage equation for K⁺, Na⁺ and Cl⁻:
/// V = (RT/F) · ln((pK[K]o + pNa[Na]o + pCl[Cl]i) / (pK[K]i + pNa[Na]i + pCl[Cl]o)),
/// the potential (inside minus outside, mV) at which the net current carried by the three ions is zero.
/// Chloride's sides are swapped because it is an anion.
/// </summary>
public static class GoldmanHodgkinKatz
{
    /// <summary>The resting membrane potential.</summary>
    /// <param name="concentrations">K⁺, Na⁺ and Cl⁻ on both sides, in mM.</param>
    /// <param name="permeabilities">pK, pNa and pCl (only their ratios matter).</param>
    /// <param name="temperatureCelsius">Temperature in °C, above −273.15.</param>
    /// <returns>V in mV, inside minus outside; it always lies between the lowest and highest Nernst potential of
    /// the permeant ions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is at or below absolute zero.</exception>
    public static double RestingPotentialMv(
        IonConcentrations concentrations, RelativePermeabilities permeabilities, double temperatureCelsius)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        ArgumentNullException.ThrowIfNull(permeabilities);
        var c = concentrations;
        var p = permeabilities;
        var towardsInside = (p.Potassium * c.PotassiumOutsideMm) + (p.Sodium * c.SodiumOutsideMm) + (p.Chloride * c.ChlorideInsideMm);
        var towardsOutside = (p.Potassium * c.PotassiumInsideMm) + (p.Sodium * c.SodiumInsideMm) + (p.Chloride * c.ChlorideOutsideMm);
        return PhysicalConstants.ThermalVoltageMv(temperatureCelsius) * Math.Log(towardsInside / towardsOutside);
    }
}
