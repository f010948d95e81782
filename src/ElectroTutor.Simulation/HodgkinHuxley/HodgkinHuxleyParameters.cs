namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Membrane parameters of Hodgkin &amp; Huxley's 1952 squid giant axon in the modern convention (rest ≈ −65 mV), with
/// the temperature and fractional channel blocks (TTX on Na⁺, TEA on K⁺) a learner can change.
/// </summary>
public sealed record HodgkinHuxleyParameters
{
    /// <summary>The 1952 squid axon at 6.3 °C with no drugs.</summary>
    public static HodgkinHuxleyParameters SquidAxon { get; } = new();

    /// <summary>Maximal Na⁺ conductance ḡ_Na in mS/cm² (120).</summary>
    public double SodiumConductanceMsPerCm2 { get; init; } = 120.0;

    /// <summary>Maximal K⁺ conductance ḡ_K in mS/cm² (36).</summary>
    public double PotassiumConductanceMsPerCm2 { get; init; } = 36.0;

    /// <summary>Leak conductance g_L in mS/cm² (0.3).</summary>
    public double LeakConductanceMsPerCm2 { get; init; } = 0.3;

    /// <summary>Na⁺ reversal potential E_Na in mV (+50).</summary>
    public double SodiumReversalMv { get; init; } = 50.0;

    /// <summary>K⁺ reversal potential E_K in mV (−77).</summary>
    public double PotassiumReversalMv { get; init; } = -77.0;

    /// <summary>Leak reversal potential E_L in mV (−54.387, which puts rest at −65 mV).</summary>
    public double LeakReversalMv { get; init; } = -54.387;

    /// <summary>Membrane capacitance C_m in µF/cm² (1).</summary>
    public double CapacitanceUfPerCm2 { get; init; } = 1.0;

    /// <summary>Temperature in °C (6.3); rates scale by 3^((T − 6.3)/10).</summary>
    public double TemperatureCelsius { get; init; } = HodgkinHuxleyRates.ReferenceTemperatureCelsius;

    /// <summary>Fraction of Na⁺ channels blocked, 0–1 (tetrodotoxin; 1 = complete block).</summary>
    public double SodiumBlockFraction { get; init; }

    /// <summary>Fraction of K⁺ channels blocked, 0–1 (tetraethylammonium; 1 = complete block).</summary>
    public double PotassiumBlockFraction { get; init; }

    /// <summary>ḡ_Na after the block, in mS/cm².</summary>
    public double EffectiveSodiumConductanceMsPerCm2 => SodiumConductanceMsPerCm2 * (1.0 - SodiumBlockFraction);

    /// <summary>ḡ_K after the block, in mS/cm².</summary>
    public double EffectivePotassiumConductanceMsPerCm2 => PotassiumConductanceMsPerCm2 * (1.0 - PotassiumBlockFraction);

    /// <summary>φ = 3^((T − 6.3)/10) at this temperature.</summary>
    public double TemperatureFactor => HodgkinHuxleyRates.TemperatureFactor(TemperatureCelsius);

    /// <summary>
    /// These parameters with E_K and E_Na recomputed by Nernst from ion concentrations at <see cref="TemperatureCelsius"/>
    /// (set the temperature first). E_L is left alone: the leak is not carried by Na⁺ or K⁺ alone.
    /// </summary>
    /// <param name="concentrations">Na⁺ and K⁺ on both sides, in mM.</param>
    /// <returns>The new parameters.</returns>
    public HodgkinHuxleyParameters WithConcentrations(AxonConcentrations concentrations)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        return this with
        {
            PotassiumReversalMv = concentrations.PotassiumReversalMv(TemperatureCelsius),
            SodiumReversalMv = concentrations.SodiumReversalMv(TemperatureCelsius),
        };
    }

    /// <summary>Checks every parameter is finite and physically possible.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range; the message names it.</exception>
    public void Validate()
    {
        RequireAtLeast(SodiumConductanceMsPerCm2, 0, nameof(SodiumConductanceMsPerCm2));
        RequireAtLeast(PotassiumConductanceMsPerCm2, 0, nameof(PotassiumConductanceMsPerCm2));
        RequireAtLeast(LeakConductanceMsPerCm2, 0, nameof(LeakConductanceMsPerCm2));
        RequireFinite(SodiumReversalMv, nameof(SodiumReversalMv));
        RequireFinite(PotassiumReversalMv, nameof(PotassiumReversalMv));
        RequireFinite(LeakReversalMv, nameof(LeakReversalMv));
        RequireAtLeast(CapacitanceUfPerCm2, double.Epsilon, nameof(CapacitanceUfPerCm2));
        RequireBetween(TemperatureCelsius, -5, 50, nameof(TemperatureCelsius));

        RequireFraction(SodiumBlockFraction, nameof(SodiumBlockFraction));
        RequireFraction(PotassiumBlockFraction, nameof(PotassiumBlockFraction));
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        }
    }

    private static void RequireAtLeast(double value, double minimum, string name)
    {
        if (!(value >= minimum) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of at least {minimum}.");
        }
    }

    private static void RequireFraction(double value, string name) => RequireBetween(value, 0, 1, name);

    private static void RequireBetween(double value, double minimum, double maximum, string name)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {maximum}.");
        }
    }
}
