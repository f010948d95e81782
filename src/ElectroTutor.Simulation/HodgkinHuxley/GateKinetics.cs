namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Steady-state value x∞ = α/(α+β) and time constant τ = 1/(φ(α+β)) of one gate at one membrane potential.
/// </summary>
/// <param name="SteadyState">x∞, between 0 and 1.</param>
/// <param name="TimeConstantMs">τ in ms, positive.</param>
public readonly record struct GateKinetics(double SteadyState, double TimeConstantMs)
{
    /// <summary>Kinetics from the rates at 6.3 °C and the temperature factor.</summary>
    /// <param name="alphaPerMs">Opening rate α at 6.3 °C in 1/ms.</param>
    /// <param name="betaPerMs">Closing rate β at 6.3 °C in 1/ms.</param>
    /// <param name="temperatureFactor">φ from <see cref="HodgkinHuxleyRates.TemperatureFactor"/>.</param>
    /// <returns>The kinetics.</returns>
    public static GateKinetics FromRates(double alphaPerMs, double betaPerMs, double temperatureFactor)
    {
        var sum = alphaPerMs + betaPerMs;
        return new GateKinetics(alphaPerMs / sum, 1.0 / (temperatureFactor * sum));
    }

    /// <summary>The m (Na⁺ activation) gate at V.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <param name="temperatureFactor">φ.</param>
    /// <returns>The kinetics.</returns>
    public static GateKinetics SodiumActivation(double membranePotentialMv, double temperatureFactor) =>
        FromRates(HodgkinHuxleyRates.AlphaM(membranePotentialMv), HodgkinHuxleyRates.BetaM(membranePotentialMv), temperatureFactor);

    /// <summary>The h (Na⁺ inactivation) gate at V.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <param name="temperatureFactor">φ.</param>
    /// <returns>The kinetics.</returns>
    public static GateKinetics SodiumInactivation(double membranePotentialMv, double temperatureFactor) =>
        FromRates(HodgkinHuxleyRates.AlphaH(membranePotentialMv), HodgkinHuxleyRates.BetaH(membranePotentialMv), temperatureFactor);

    /// <summary>The n (K⁺ activation) gate at V.</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <param name="temperatureFactor">φ.</param>
    /// <returns>The kinetics.</returns>
    public static GateKinetics PotassiumActivation(double membranePotentialMv, double temperatureFactor) =>
        FromRates(HodgkinHuxleyRates.AlphaN(membranePotentialMv), HodgkinHuxleyRates.BetaN(membranePotentialMv), temperatureFactor);

    /// <summary>
    /// Advances a gate exactly over one step at fixed V: x(t+Δt) = x∞ + (x − x∞)·exp(−Δt/τ).
    /// </summary>
    /// <param name="value">Gate value now.</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <returns>Gate value after the step.</returns>
    public double Advance(double value, double timeStepMs) =>
        SteadyState + ((value - SteadyState) * Math.Exp(-timeStepMs / TimeConstantMs));
}
