using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Precomputed exponential-Euler gate updates for one temperature and time step: for each gate, x∞(V) and
/// exp(−Δt/τ(V)) on a 0.1 mV grid from −200 to +200 mV, linearly interpolated. Replacing nine exponentials per
/// compartment per step with six interpolations is what makes long runs and cables cheap; the interpolation error is
/// below 1e−5 in every gate (tested). Potentials beyond the grid use its end values, where every gate is saturated.
/// </summary>
public sealed class GatingTable
{
    /// <summary>Lowest tabulated potential in mV.</summary>
    public const double MinimumMv = -200.0;

    /// <summary>Highest tabulated potential in mV.</summary>
    public const double MaximumMv = 200.0;

    /// <summary>Grid spacing in mV.</summary>
    public const double SpacingMv = 0.1;

    private const int Stride = 6;
    private const int MaxCachedTables = 64;
    private const double InverseSpacing = 1.0 / SpacingMv;
    private static readonly int PointCount = (int)Math.Round((MaximumMv - MinimumMv) / SpacingMv) + 1;
    private static readonly ConcurrentDictionary<(double, double), GatingTable> Cache = new();

    // Interleaved per potential: m∞, m decay, h∞, h decay, n∞, n decay — one cache line serves all three gates.
    private readonly double[] entries;

    private GatingTable(double temperatureCelsius, double timeStepMs)
    {
        TemperatureCelsius = temperatureCelsius;
        TimeStepMs = timeStepMs;
        var phi = HodgkinHuxleyRates.TemperatureFactor(temperatureCelsius);
        entries = new double[PointCount * Stride];
        for (var i = 0; i < PointCount; i++)
        {
            var v = MinimumMv + (i * SpacingMv);
            Fill(i * Stride, GateKinetics.SodiumActivation(v, phi), timeStepMs);
            Fill((i * Stride) + 2, GateKinetics.SodiumInactivation(v, phi), timeStepMs);
            Fill((i * Stride) + 4, GateKinetics.PotassiumActivation(v, phi), timeStepMs);
        }
    }

    /// <summary>Temperature the table was built for, in °C.</summary>
    public double TemperatureCelsius { get; }

    /// <summary>Time step the decay factors are for, in ms.</summary>
    public double TimeStepMs { get; }

    /// <summary>The table for a temperature and step, built once and then shared (tables are immutable).</summary>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <param name="timeStepMs">Time step in ms, greater than zero.</param>
    /// <returns>The table.</returns>
    public static GatingTable For(double temperatureCelsius, double timeStepMs)
    {
        if (!(timeStepMs > 0) || !double.IsFinite(timeStepMs))
        {
            throw new ArgumentOutOfRangeException(nameof(timeStepMs), timeStepMs, "The time step must be above 0 ms.");
        }

        if (Cache.Count > MaxCachedTables)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd((temperatureCelsius, timeStepMs), key => new GatingTable(key.Item1, key.Item2));
    }

    /// <summary>Advances all three gates by one time step at a fixed membrane potential.</summary>
    /// <param name="membranePotentialMv">V in mV, held over the step.</param>
    /// <param name="m">Na⁺ activation, updated in place.</param>
    /// <param name="h">Na⁺ inactivation, updated in place.</param>
    /// <param name="n">K⁺ activation, updated in place.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(double membranePotentialMv, ref double m, ref double h, ref double n)
    {
        var position = (membranePotentialMv - MinimumMv) * InverseSpacing;
        position = Math.Clamp(position, 0.0, PointCount - 1.000001);
        var index = (int)position;
        var fraction = position - index;
        var e = entries.AsSpan(index * Stride, 2 * Stride);
        m = Step(m, e[0] + (fraction * (e[6] - e[0])), e[1] + (fraction * (e[7] - e[1])));
        h = Step(h, e[2] + (fraction * (e[8] - e[2])), e[3] + (fraction * (e[9] - e[3])));
        n = Step(n, e[4] + (fraction * (e[10] - e[4])), e[5] + (fraction * (e[11] - e[5])));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Step(double value, double steadyState, double decay) => steadyState + ((value - steadyState) * decay);

    private void Fill(int offset, GateKinetics kinetics, double timeStepMs)
    {
        entries[offset] = kinetics.SteadyState;
        entries[offset + 1] = Math.Exp(-timeStepMs / kinetics.TimeConstantMs);
    }
}
