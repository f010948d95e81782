namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>The resting potential before and after a change, in mV (inside minus outside).</summary>
/// <param name="BeforeMv">Resting potential before the change, in mV.</param>
/// <param name="AfterMv">Resting potential after the change, in mV.</param>
public sealed record RestingPotentialChange(double BeforeMv, double AfterMv)
{
    /// <summary>After minus before, in mV: positive means the membrane depolarized.</summary>
    public double DifferenceMv => AfterMv - BeforeMv;
}
