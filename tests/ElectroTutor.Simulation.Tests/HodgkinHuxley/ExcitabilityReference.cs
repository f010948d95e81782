namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

/// <summary>Spike counts of the independent RK4 solution for the stimuli the excitability searches use, started at rest.</summary>
internal static class ExcitabilityReference
{
    public const double RestMv = -64.99637933;

    public static int Spikes(Func<double, double> appliedUaCm2, double durationMs, double dt = 0.005) =>
        new ReferenceHodgkinHuxley().Run(appliedUaCm2, durationMs, RestMv, dt).SpikeTimes().Count;

    public static Func<double, double> Pulse(double widthMs, double amplitude) => t => t < widthMs ? amplitude : 0;

    public static Func<double, double> Pair(double widthMs, double first, double intervalMs, double second) =>
        t => t < widthMs ? first : t >= intervalMs && t < intervalMs + widthMs ? second : 0;
}
