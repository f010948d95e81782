namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// A space-clamped patch of Hodgkin–Huxley membrane under voltage clamp: held at one potential until every gate is at
/// steady state, then stepped to a test potential at t = 0.
/// </summary>
/// <remarks>
/// With V fixed each gate relaxes exponentially, x(t) = x∞ − (x∞ − x₀)·exp(−t/τ), with x₀ the steady state at the
/// holding potential and x∞, τ those at the test potential; so the currents are exact, with no time step.
/// </remarks>
public sealed class HodgkinHuxleyVoltageClamp
{
    /// <summary>Creates the clamp.</summary>
    /// <param name="parameters">Membrane parameters; validated here.</param>
    public HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        Parameters = parameters;
    }

    /// <summary>The membrane parameters.</summary>
    public HodgkinHuxleyParameters Parameters { get; }

    /// <summary>A step from a holding to a test potential.</summary>
    /// <param name="holdingMv">Holding potential in mV, between −200 and +200.</param>
    /// <param name="testMv">Test potential in mV, between −200 and +200.</param>
    /// <returns>The step, whose currents can be read at any time.</returns>
    public VoltageClampStep Step(double holdingMv, double testMv)
    {
        if (!(holdingMv is >= -200 and <= 200) || !(testMv is >= -200 and <= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(testMv), testMv, "Holding and test potentials must be between −200 and +200 mV.");
        }

        return new VoltageClampStep(Parameters, holdingMv, testMv);
    }
}
