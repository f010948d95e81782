using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Every equilibrium of a current-clamped patch and the resting potential among them.
/// </summary>
/// <remarks>
/// Equilibria are the zeros of <see cref="SteadyStateCurrent.IonicUaCm2"/> minus the applied current. Below every
/// reversal potential all currents are inward and above every one all are outward, so the zeros lie between the lowest
/// and highest of E_K, E_Na and E_L: that range is scanned in 0.25 mV steps and each sign change refined with MathNet's
/// <see cref="FindRoots.OfFunction"/> to 1e−10 mV. A double root that touches zero without crossing is not reported, nor is anything for a
/// membrane with no conductance at all (every potential is then neutral).
/// Stability comes from the eigenvalues of the Jacobian of (V, m, h, n).
/// </remarks>
public sealed class RestingState
{
    private const double ScanStepMv = 0.25;

    private RestingState(IReadOnlyList<MembraneEquilibrium> equilibria, MembraneEquilibrium startingPoint)
    {
        Equilibria = equilibria;
        Rest = equilibria.FirstOrDefault(e => e.IsStable);
        StartingPoint = startingPoint;
    }

    /// <summary>All equilibria found, most negative first.</summary>
    public IReadOnlyList<MembraneEquilibrium> Equilibria { get; }

    /// <summary>The most negative stable equilibrium, or null when there is none (the patch is spontaneously active).</summary>
    public MembraneEquilibrium? Rest { get; }

    /// <summary>True when the patch has a stable resting state and so stays quiet without a stimulus.</summary>
    public bool IsQuiescent => Rest is not null;

    /// <summary>
    /// Where runs start: the rest when there is one, otherwise the most negative (unstable) equilibrium, from which the
    /// patch departs on its own; E_L with resting-like gates if there is no equilibrium at all.
    /// </summary>
    public MembraneEquilibrium StartingPoint { get; }

    /// <summary>Finds the equilibria of a patch.</summary>
    /// <param name="parameters">Membrane parameters (validated by the caller).</param>
    /// <param name="appliedCurrentUaCm2">Constant applied current in µA/cm² (0 for the unstimulated rest).</param>
    /// <returns>The equilibria.</returns>
    public static RestingState Find(HodgkinHuxleyParameters parameters, double appliedCurrentUaCm2 = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double Residual(double v) => SteadyStateCurrent.IonicUaCm2(parameters, v) - appliedCurrentUaCm2;

        var reversals = new[] { parameters.SodiumReversalMv, parameters.PotassiumReversalMv, parameters.LeakReversalMv };
        var high = reversals.Max() + 1.0 + (Math.Abs(appliedCurrentUaCm2) / Math.Max(parameters.LeakConductanceMsPerCm2, 1e-3));
        var low = reversals.Min() - 1.0 - (Math.Abs(appliedCurrentUaCm2) / Math.Max(parameters.LeakConductanceMsPerCm2, 1e-3));
        high = Math.Min(high, GatingTable.MaximumMv);
        low = Math.Max(low, GatingTable.MinimumMv);
        var equilibria = new List<MembraneEquilibrium>();
        var conducts = parameters.EffectiveSodiumConductanceMsPerCm2 + parameters.EffectivePotassiumConductanceMsPerCm2 + parameters.LeakConductanceMsPerCm2 > 0;
        var previousV = low;
        var previous = Residual(low);
        for (var v = low + ScanStepMv; conducts && v <= high + (ScanStepMv / 2); v += ScanStepMv)
        {
            var current = Residual(v);
            if (current == 0 || (previous != 0 && Math.Sign(current) != Math.Sign(previous)))
            {
                var root = current == 0 ? v : FindRoots.OfFunction(Residual, previousV, v, 1e-10, 200);
                equilibria.Add(Classify(parameters, root));
            }

            previousV = v;
            previous = current;
        }

        var first = equilibria.FirstOrDefault(e => e.IsStable) ?? equilibria.FirstOrDefault()
            ?? new MembraneEquilibrium(parameters.LeakReversalMv, GatingState.SteadyStateAt(parameters.LeakReversalMv), IsStable: false, double.NaN);
        return new RestingState(equilibria, first);
    }

    private static MembraneEquilibrium Classify(HodgkinHuxleyParameters p, double v)
    {
        var gates = GatingState.SteadyStateAt(v);
        var leading = Jacobian(p, v, gates).Evd().EigenValues.Max(z => z.Real);
        return new MembraneEquilibrium(v, gates, leading < 0, leading);
    }

    // d/dt of (V, m, h, n) linearised at the equilibrium; the rate slopes dα/dV, dβ/dV by central differences.
    private static Matrix<double> Jacobian(HodgkinHuxleyParameters p, double v, GatingState x)
    {
        double gNa = p.EffectiveSodiumConductanceMsPerCm2, gK = p.EffectivePotassiumConductanceMsPerCm2, c = p.CapacitanceUfPerCm2;
        var phi = p.TemperatureFactor;
        var conductance = (gNa * x.M * x.M * x.M * x.H) + (gK * Math.Pow(x.N, 4)) + p.LeakConductanceMsPerCm2;
        var j = Matrix<double>.Build.Dense(4, 4);
        j[0, 0] = -conductance / c;
        j[0, 1] = -3 * gNa * x.M * x.M * x.H * (v - p.SodiumReversalMv) / c;
        j[0, 2] = -gNa * x.M * x.M * x.M * (v - p.SodiumReversalMv) / c;
        j[0, 3] = -4 * gK * Math.Pow(x.N, 3) * (v - p.PotassiumReversalMv) / c;
        GateRow(j, 1, x.M, v, phi, HodgkinHuxleyRates.AlphaM, HodgkinHuxleyRates.BetaM);
        GateRow(j, 2, x.H, v, phi, HodgkinHuxleyRates.AlphaH, HodgkinHuxleyRates.BetaH);
        GateRow(j, 3, x.N, v, phi, HodgkinHuxleyRates.AlphaN, HodgkinHuxleyRates.BetaN);
        return j;
    }

    private static void GateRow(Matrix<double> j, int row, double x, double v, double phi, Func<double, double> alpha, Func<double, double> beta)
    {
        const double Delta = 1e-4;
        var alphaSlope = (alpha(v + Delta) - alpha(v - Delta)) / (2 * Delta);
        var betaSlope = (beta(v + Delta) - beta(v - Delta)) / (2 * Delta);
        j[row, 0] = phi * ((alphaSlope * (1 - x)) - (betaSlope * x));
        j[row, row] = -phi * (alpha(v) + beta(v));
    }
}
