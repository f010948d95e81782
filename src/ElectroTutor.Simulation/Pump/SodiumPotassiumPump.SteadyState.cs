using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Pump;

/// <content>The electrogenic steady state (Mullins–Noda).</content>
public static partial class SodiumPotassiumPump
{
    /// <summary>The usual coupling ratio r of Na⁺ pumped out to K⁺ pumped in (3 : 2).</summary>
    public const double DefaultCouplingRatio = 1.5;

    /// <summary>
    /// The steady-state membrane potential when the pump balances the passive Na⁺ and K⁺ leaks with coupling ratio r
    /// (Mullins &amp; Noda 1963, J. Gen. Physiol. 47:117):
    /// V = (RT/F) · ln((r·pK[K]o + pNa[Na]o) / (r·pK[K]i + pNa[Na]i)).
    /// Chloride is taken to be passively distributed, so it drops out. With r = 1 (an electroneutral pump) this is
    /// the Goldman–Hodgkin–Katz potential without chloride; r &gt; 1 makes it more negative.
    /// </summary>
    /// <param name="concentrations">Concentrations in mM; only K⁺ and Na⁺ are used.</param>
    /// <param name="potassiumPermeability">pK, at least 0.</param>
    /// <param name="sodiumPermeability">pNa, at least 0; pK and pNa are not both 0.</param>
    /// <param name="couplingRatio">r, Na⁺ out per K⁺ in, a finite number above 0 (1.5 for 3 : 2).</param>
    /// <param name="temperatureCelsius">Temperature in °C, above −273.15.</param>
    /// <returns>V in mV, inside minus outside.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double SteadyStatePotentialMv(
        IonConcentrations concentrations,
        double potassiumPermeability,
        double sodiumPermeability,
        double couplingRatio,
        double temperatureCelsius)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        RelativePermeabilities.RequireNonNegative(potassiumPermeability, nameof(potassiumPermeability));
        RelativePermeabilities.RequireNonNegative(sodiumPermeability, nameof(sodiumPermeability));
        if (potassiumPermeability == 0 && sodiumPermeability == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(potassiumPermeability), potassiumPermeability, "pK and pNa cannot both be 0: nothing would carry the leak the pump balances.");
        }

        if (!(couplingRatio > 0) || !double.IsFinite(couplingRatio))
        {
            throw new ArgumentOutOfRangeException(
                nameof(couplingRatio), couplingRatio, "The coupling ratio (Na⁺ out per K⁺ in) must be a finite number above 0; the Na⁺/K⁺-ATPase's is 1.5.");
        }

        var c = concentrations;
        var rpK = couplingRatio * potassiumPermeability;
        var numerator = (rpK * c.PotassiumOutsideMm) + (sodiumPermeability * c.SodiumOutsideMm);
        var denominator = (rpK * c.PotassiumInsideMm) + (sodiumPermeability * c.SodiumInsideMm);
        return PhysicalConstants.ThermalVoltageMv(temperatureCelsius) * Math.Log(numerator / denominator);
    }
}
