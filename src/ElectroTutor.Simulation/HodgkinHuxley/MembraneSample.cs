namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>The membrane potential at one instant of a sampled current-clamp run.</summary>
/// <param name="TimeMs">Time from the start of the run, in ms.</param>
/// <param name="PotentialMv">Membrane potential in mV, inside minus outside.</param>
public readonly record struct MembraneSample(double TimeMs, double PotentialMv);
