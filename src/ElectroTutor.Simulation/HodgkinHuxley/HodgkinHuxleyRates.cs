namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Hodgkin &amp; Huxley's 1952 rate constants for the m, h and n gates in the modern convention (membrane potential
/// inside minus outside, rest ≈ −65 mV), in 1/ms at 6.3 °C. Multiply by <see cref="TemperatureFactor"/> for other
/// temperatures.
/// </summary>
public static class HodgkinHuxleyRates
{
    /// <summary>The temperature at which Hodgkin and Huxley fitted their rates, in °C.</summary>
    public const double ReferenceTemperatureCelsius = 6.3;

    /// <summary>Q10 of the gating rates (Hodgkin &amp; Huxley 1952 used 3).</summary>
    public const double GatingQ10 = 3.0;

    /// <summary>The factor φ = 3^((T − 6.3)/10) that scales every rate at temperature T.</summary>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>φ, dimensionless.</returns>
    public static double TemperatureFactor(double temperatureCelsius) =>
        Math.Pow(GatingQ10, (temperatureCelsius - ReferenceTemperatureCelsius) / 10.0);

    /// <summary>α_m = 0.1 (V + 40) / (1 − exp(−(V + 40)/10)), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The opening rate of m.</returns>
    public static double AlphaM(double membranePotentialMv) => 0.1 * Linoid(membranePotentialMv + 40.0, 10.0);

    /// <summary>β_m = 4 exp(−(V + 65)/18), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The closing rate of m.</returns>
    public static double BetaM(double membranePotentialMv) => 4.0 * Math.Exp(-(membranePotentialMv + 65.0) / 18.0);

    /// <summary>α_h = 0.07 exp(−(V + 65)/20), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The recovery rate of h (inactivation removed).</returns>
    public static double AlphaH(double membranePotentialMv) => 0.07 * Math.Exp(-(membranePotentialMv + 65.0) / 20.0);

    /// <summary>β_h = 1 / (1 + exp(−(V + 35)/10)), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The inactivation rate of h.</returns>
    public static double BetaH(double membranePotentialMv) => 1.0 / (1.0 + Math.Exp(-(membranePotentialMv + 35.0) / 10.0));

    /// <summary>α_n = 0.01 (V + 55) / (1 − exp(−(V + 55)/10)), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The opening rate of n.</returns>
    public static double AlphaN(double membranePotentialMv) => 0.01 * Linoid(membranePotentialMv + 55.0, 10.0);

    /// <summary>β_n = 0.125 exp(−(V + 65)/80), in 1/ms.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The closing rate of n.</returns>
    public static double BetaN(double membranePotentialMv) => 0.125 * Math.Exp(-(membranePotentialMv + 65.0) / 80.0);

    // x / (1 − exp(−x/k)) has a removable singularity at x = 0 whose limit is k; near it the series
    // k(1 + u/2 + u²/12) is exact to double precision, where the direct formula would lose its digits to cancellation.
    private static double Linoid(double x, double k)
    {
        var u = x / k;
        return Math.Abs(u) < 1e-4 ? k * (1.0 + (u / 2.0) + (u * u / 12.0)) : x / (1.0 - Math.Exp(-u));
    }
}
