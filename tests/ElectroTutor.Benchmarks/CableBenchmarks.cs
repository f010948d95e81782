using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Benchmarks;

/// <summary>
/// A 5 cm Hodgkin–Huxley cable in 500 compartments, 10 ms of a propagating action potential (target ≤ 25 ms).
/// Δt = 0.01 ms is the default the convergence tests justify (velocity within 0.2 % of the converged value).
/// </summary>
[MemoryDiagnoser]
public class CableBenchmarks
{
    private static readonly double[] Sites = [1.25, 3.75];
    private readonly CableStimulus stimulus = CableStimulus.Pulse(1000, 0.2);
    private HodgkinHuxleyCable crankNicolson = null!;
    private HodgkinHuxleyCable backwardEuler = null!;

    [GlobalSetup]
    public void Setup()
    {
        var membrane = HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = 18.5 };
        crankNicolson = new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, membrane, CableScheme.CrankNicolson);
        backwardEuler = new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, membrane, CableScheme.BackwardEuler);
    }

    [Benchmark(Baseline = true, Description = "CN, 500 comp, dt 0.01 ms, 10 ms")]
    public double CrankNicolson() => crankNicolson.Run(stimulus, Sites, 10, 0.01).Conduction().VelocityMPerS;

    [Benchmark(Description = "BE, 500 comp, dt 0.01 ms, 10 ms")]
    public double BackwardEuler() => backwardEuler.Run(stimulus, Sites, 10, 0.01).Conduction().VelocityMPerS;

    [Benchmark(Description = "CN, 500 comp, dt 0.005 ms, 10 ms")]
    public double CrankNicolsonHalfStep() => crankNicolson.Run(stimulus, Sites, 10, 0.005).Conduction().VelocityMPerS;
}
