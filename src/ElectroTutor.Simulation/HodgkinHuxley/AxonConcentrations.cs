using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Na⁺ and K⁺ concentrations on both sides of the membrane, from which the Hodgkin–Huxley reversal potentials E_Na and
/// E_K follow by Nernst at the simulation temperature. All concentrations are in mM and must be above 0.
/// </summary>
/// <remarks>
/// The defaults are squid axoplasm ([K⁺]i = 400 mM, [Na⁺]i = 50 mM) with the outside concentrations chosen so that at
/// 6.3 °C Nernst gives exactly the 1952 model's E_K = −77 mV and E_Na = +50 mV: [X]o = [X]i·exp(E·F/RT), which is
/// [K⁺]o ≈ 16.3 mM and [Na⁺]o ≈ 398 mM (close to the 10–20 mM K⁺ and ≈ 440 mM Na⁺ of sea water).
/// </remarks>
public sealed record AxonConcentrations
{
    /// <summary>Default intracellular K⁺ of squid axoplasm, in mM.</summary>
    public const double SquidPotassiumInsideMm = 400.0;

    /// <summary>Default intracellular Na⁺ of squid axoplasm, in mM.</summary>
    public const double SquidSodiumInsideMm = 50.0;

    // Declared before SquidAxon so they are initialised first (static initialisers run in textual order).
    private static readonly double SquidPotassiumOutsideMm = OutsideFor(SquidPotassiumInsideMm, -77.0);
    private static readonly double SquidSodiumOutsideMm = OutsideFor(SquidSodiumInsideMm, 50.0);

    /// <summary>Squid axoplasm against the sea water that reproduces E_K = −77 mV and E_Na = +50 mV at 6.3 °C.</summary>
    public static AxonConcentrations SquidAxon { get; } = new();

    /// <summary>Extracellular K⁺ in mM (default ≈ 16.3, derived as described on the type).</summary>
    public double PotassiumOutsideMm { get; init; } = SquidPotassiumOutsideMm;

    /// <summary>Intracellular K⁺ in mM (default 400).</summary>
    public double PotassiumInsideMm { get; init; } = SquidPotassiumInsideMm;

    /// <summary>Extracellular Na⁺ in mM (default ≈ 398, derived as described on the type).</summary>
    public double SodiumOutsideMm { get; init; } = SquidSodiumOutsideMm;

    /// <summary>Intracellular Na⁺ in mM (default 50).</summary>
    public double SodiumInsideMm { get; init; } = SquidSodiumInsideMm;

    /// <summary>E_K by Nernst at a temperature.</summary>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>E_K in mV.</returns>
    public double PotassiumReversalMv(double temperatureCelsius) =>
        NernstPotential.EquilibriumPotentialMv(Ion.Potassium, PotassiumOutsideMm, PotassiumInsideMm, temperatureCelsius);

    /// <summary>E_Na by Nernst at a temperature.</summary>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>E_Na in mV.</returns>
    public double SodiumReversalMv(double temperatureCelsius) =>
        NernstPotential.EquilibriumPotentialMv(Ion.Sodium, SodiumOutsideMm, SodiumInsideMm, temperatureCelsius);

    private static double OutsideFor(double insideMm, double reversalMv) =>
        insideMm * Math.Exp(reversalMv / PhysicalConstants.ThermalVoltageMv(HodgkinHuxleyRates.ReferenceTemperatureCelsius));
}
