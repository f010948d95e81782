namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// What a <see cref="HodgkinHuxleyCable"/> run recorded: V over time at each recording site, and from it each site's
/// arrival time (the first upward crossing of <see cref="ArrivalThresholdMv"/>) and peak.
/// </summary>
public sealed class CableRecording
{
    /// <summary>The potential whose upward crossing marks the arrival of the action potential, in mV.</summary>
    public const double ArrivalThresholdMv = -40.0;

    private readonly double[] sitesCm;
    private readonly double[][] traces;
    private readonly double[] arrivalsMs;
    private readonly double[] peaksMv;

    internal CableRecording(double timeStepMs, double restingPotentialMv, double[] sitesCm, double[][] traces)
    {
        TimeStepMs = timeStepMs;
        RestingPotentialMv = restingPotentialMv;
        this.sitesCm = sitesCm;
        this.traces = traces;
        arrivalsMs = traces.Select(trace => FirstUpwardCrossingMs(trace, timeStepMs)).ToArray();
        peaksMv = traces.Select(trace => trace.Max()).ToArray();
    }

    /// <summary>Δt in ms; sample k of every trace is at t = kΔt.</summary>
    public double TimeStepMs { get; }

    /// <summary>The resting potential the cable started from, in mV.</summary>
    public double RestingPotentialMv { get; }

    /// <summary>Positions of the recording sites along the cable in cm, measured from the stimulated end.</summary>
    public IReadOnlyList<double> SitesCm => sitesCm;

    /// <summary>Number of steps taken.</summary>
    public int StepCount => traces[0].Length - 1;

    /// <summary>V at a site at t = kΔt, k = 0 … StepCount, in mV.</summary>
    /// <param name="site">Index into <see cref="SitesCm"/>.</param>
    /// <returns>The trace.</returns>
    public IReadOnlyList<double> PotentialMv(int site) => traces[site];

    /// <summary>
    /// Time of the first upward crossing of −40 mV at a site in ms, linearly interpolated between samples; NaN when the
    /// site never crossed.
    /// </summary>
    /// <param name="site">Index into <see cref="SitesCm"/>.</param>
    /// <returns>Arrival time in ms, or NaN.</returns>
    public double ArrivalTimeMs(int site) => arrivalsMs[site];

    /// <summary>Highest sampled V at a site in mV.</summary>
    /// <param name="site">Index into <see cref="SitesCm"/>.</param>
    /// <returns>Peak potential in mV.</returns>
    public double PeakPotentialMv(int site) => peaksMv[site];

    /// <summary>Conduction from one site to another, farther one.</summary>
    /// <param name="fromSite">Index of the nearer site (0 by default).</param>
    /// <param name="toSite">Index of the farther site (1 by default).</param>
    /// <returns>The measurement; <see cref="ConductionMeasurement.Propagated"/> is false when no impulse travelled.</returns>
    public ConductionMeasurement Conduction(int fromSite = 0, int toSite = 1) =>
        ConductionMeasurement.Between(
            sitesCm[toSite] - sitesCm[fromSite],
            arrivalsMs[fromSite],
            arrivalsMs[toSite],
            peaksMv[fromSite] - RestingPotentialMv,
            peaksMv[toSite] - RestingPotentialMv);

    private static double FirstUpwardCrossingMs(double[] trace, double timeStepMs)
    {
        for (var k = 0; k + 1 < trace.Length; k++)
        {
            if (trace[k] < ArrivalThresholdMv && trace[k + 1] >= ArrivalThresholdMv)
            {
                return (k + ((ArrivalThresholdMv - trace[k]) / (trace[k + 1] - trace[k]))) * timeStepMs;
            }
        }

        return double.NaN;
    }
}
