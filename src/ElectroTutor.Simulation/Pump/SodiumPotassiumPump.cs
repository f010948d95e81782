namespace ElectroTutor.Simulation.Pump;

/// <summary>
/// The Na⁺/K⁺-ATPase: each cycle hydrolyses one ATP, moves 3 Na⁺ out and 2 K⁺ in, and so carries one elementary
/// charge outward. This part turns a turnover rate and a site density into current and fluxes; the other parts of
/// the class hold the electrogenic steady state, the cycle's free energy and the cost of an action potential.
/// </summary>
public static partial class SodiumPotassiumPump
{
    /// <summary>Na⁺ ions moved out per cycle.</summary>
    public const int SodiumPerCycle = 3;

    /// <summary>K⁺ ions moved in per cycle.</summary>
    public const int PotassiumPerCycle = 2;

    /// <summary>Net elementary charges moved outward per cycle (3 − 2).</summary>
    public const int NetChargesOutPerCycle = SodiumPerCycle - PotassiumPerCycle;

    /// <summary>µm² in one cm².</summary>
    private const double SquareMicrometresPerSquareCentimetre = 1e8;

    /// <summary>
    /// The outward pump current density I = e · (sites per area) · (cycles per second per site).
    /// 1000 sites/µm² turning over 30 times a second give about 0.48 µA/cm².
    /// </summary>
    /// <param name="turnoverPerS">Cycles per second per pump, at least 0.</param>
    /// <param name="siteDensityPerUm2">Pumps per µm² of membrane, at least 0.</param>
    /// <returns>Current density in µA/cm², outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static double CurrentDensityUaPerCm2(double turnoverPerS, double siteDensityPerUm2) =>
        CyclesPerCm2PerS(turnoverPerS, siteDensityPerUm2) * NetChargesOutPerCycle * PhysicalConstants.ElementaryChargeC * 1e6;

    /// <summary>The ion fluxes, ATP use and current of a membrane's pumps.</summary>
    /// <param name="turnoverPerS">Cycles per second per pump, at least 0.</param>
    /// <param name="siteDensityPerUm2">Pumps per µm² of membrane, at least 0.</param>
    /// <returns>Na⁺ efflux, K⁺ influx and ATP use in pmol/(cm²·s), and the current density in µA/cm².</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static PumpFluxes Fluxes(double turnoverPerS, double siteDensityPerUm2)
    {
        var cyclesPmolPerCm2PerS = CyclesPerCm2PerS(turnoverPerS, siteDensityPerUm2) / PhysicalConstants.AvogadroPerMol * 1e12;
        return new(
            SodiumPerCycle * cyclesPmolPerCm2PerS,
            PotassiumPerCycle * cyclesPmolPerCm2PerS,
            cyclesPmolPerCm2PerS,
            CurrentDensityUaPerCm2(turnoverPerS, siteDensityPerUm2));
    }

    private static double CyclesPerCm2PerS(double turnoverPerS, double siteDensityPerUm2)
    {
        RequireNonNegative(turnoverPerS, nameof(turnoverPerS), "A pump turnover rate must be a finite number of cycles per second, at least 0.");
        RequireNonNegative(siteDensityPerUm2, nameof(siteDensityPerUm2), "A pump site density must be a finite number of pumps per µm², at least 0.");
        return turnoverPerS * siteDensityPerUm2 * SquareMicrometresPerSquareCentimetre;
    }

    private static void RequireNonNegative(double value, string name, string message)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, message);
        }
    }
}
