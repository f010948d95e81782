namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>The extreme of a current during a voltage-clamp step.</summary>
/// <param name="TimeMs">Time from the step in ms.</param>
/// <param name="CurrentUaCm2">Current then in µA/cm², outward positive.</param>
public readonly record struct CurrentPeak(double TimeMs, double CurrentUaCm2);
