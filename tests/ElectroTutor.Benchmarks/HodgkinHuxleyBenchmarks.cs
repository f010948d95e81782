using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Benchmarks;

/// <summary>
/// The space-clamped Hodgkin–Huxley axon at the accuracy the tests demand (Δt = 0.025 ms: spike time within 0.002 ms and
/// peak within 0.1 mV of an RK4 reference), and the costliest search a tutor turn runs.
/// </summary>
[MemoryDiagnoser]
public class HodgkinHuxleyBenchmarks
{
    private readonly HodgkinHuxleyAxon squid = new(HodgkinHuxleyParameters.SquidAxon);
    private readonly CurrentClampProtocol step = CurrentClampProtocol.Pulse(0, 100, 10);

    /// <summary>100 ms under a 10 µA/cm² step (repetitive firing), 4000 steps.</summary>
    [Benchmark(Baseline = true)]
    public MembraneTrace HundredMillisecondsAtDefaultStep() => squid.Run(step, 100);

    /// <summary>Threshold of a 1 ms pulse to a relative 1e−4 by bisection.</summary>
    [Benchmark]
    public double ThresholdOfOneMillisecondPulse() => PulseThreshold.AmplitudeUaCm2(squid, 1.0);

    /// <summary>Rheobase with a 200 ms step.</summary>
    [Benchmark]
    public double Rheobase200Ms() => Rheobase.AmplitudeUaCm2(squid);

    /// <summary>Both refractory intervals with 0.5 ms pulses (includes the threshold search).</summary>
    [Benchmark]
    public RefractoryPeriods RefractoryIntervals() => RefractoryPeriods.Measure(squid, 0.5);
}
