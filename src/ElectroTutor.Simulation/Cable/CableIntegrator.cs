using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// The step loop of <see cref="HodgkinHuxleyCable"/> over structure-of-arrays state (V, m, h, n and ḡ_Na per compartment).
/// Gates sit on half steps and advance exactly at fixed V through a shared <see cref="GatingTable"/>; V then advances
/// by the θ-method with the ionic current linear in V given those gates, which makes each step one symmetric
/// tridiagonal solve (Thomas algorithm) with no iteration. Assembly and forward elimination share one pass, back
/// substitution and the V update a second. Every array is allocated here, none in the loop.
/// </summary>
internal sealed class CableIntegrator
{
    private readonly HodgkinHuxleyParameters membrane;
    private readonly double couplingMsPerCm2;
    private readonly double[] potential;
    private readonly double[] m;
    private readonly double[] h;
    private readonly double[] n;
    private readonly double[] rhs;
    private readonly double[] ratio;
    private readonly double[] stimulusWeight;
    private readonly double[] sodiumConductance;

    public CableIntegrator(CableGeometry geometry, HodgkinHuxleyParameters membrane, SodiumChannelBlock block, double restingPotentialMv, double stimulatedLengthCm)
    {
        this.membrane = membrane;
        var count = geometry.CompartmentCount;
        var dx = geometry.CompartmentLengthCm;
        couplingMsPerCm2 = geometry.AxialCouplingMs / (dx * dx);
        potential = new double[count];
        m = new double[count];
        h = new double[count];
        n = new double[count];
        rhs = new double[count];
        ratio = new double[count];
        stimulusWeight = new double[count];
        sodiumConductance = new double[count];
        var rest = GatingState.SteadyStateAt(restingPotentialMv);
        Array.Fill(potential, restingPotentialMv);
        Array.Fill(m, rest.M);
        Array.Fill(h, rest.H);
        Array.Fill(n, rest.N);
        for (var i = 0; i < count; i++)
        {
            // Fraction of compartment i inside the stimulated segment [0, stimulatedLengthCm].
            stimulusWeight[i] = Math.Clamp((stimulatedLengthCm / dx) - i, 0.0, 1.0);
            sodiumConductance[i] = membrane.EffectiveSodiumConductanceMsPerCm2 * (1.0 - block.BlockedFraction(i * dx, (i + 1) * dx));
        }
    }

    /// <summary>Advances <paramref name="appliedPerStep"/>.Length steps, recording V at the sites after every step.</summary>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="theta">½ for Crank–Nicolson, 1 for backward Euler.</param>
    /// <param name="appliedPerStep">Mean stimulus density over each step in µA/cm².</param>
    /// <param name="sites">Where to record.</param>
    /// <param name="traces">One array of StepCount + 1 samples per site.</param>
    public void Integrate(double timeStepMs, double theta, ReadOnlySpan<double> appliedPerStep, CableSites sites, double[][] traces)
    {
        var table = GatingTable.For(membrane.TemperatureCelsius, timeStepMs);
        var gKMax = membrane.EffectivePotassiumConductanceMsPerCm2;
        double gL = membrane.LeakConductanceMsPerCm2, eNa = membrane.SodiumReversalMv, eK = membrane.PotassiumReversalMv;
        var leakDrive = gL * membrane.LeakReversalMv;
        var capacitive = membrane.CapacitanceUfPerCm2 / (theta * timeStepMs);
        var gc = couplingMsPerCm2;
        var last = potential.Length - 1;
        var oldWeight = 1.0 - theta;
        var inverseTheta = 1.0 / theta;
        sites.Record(potential, traces, 0);
        for (var k = 0; k < appliedPerStep.Length; k++)
        {
            var applied = appliedPerStep[k];
            var previousRatio = 0.0;
            var previousRhs = 0.0;
            for (var i = 0; i <= last; i++)
            {
                var v = potential[i];
                table.Advance(v, ref m[i], ref h[i], ref n[i]);
                var mi = m[i];
                var ni2 = n[i] * n[i];
                var gNa = sodiumConductance[i] * mi * mi * mi * h[i];
                var gK = gKMax * ni2 * ni2;
                var neighbours = (i == 0 ? 0.0 : gc) + (i == last ? 0.0 : gc);
                var diagonal = capacitive + gNa + gK + gL + neighbours;
                var right = (capacitive * v) + (gNa * eNa) + (gK * eK) + leakDrive + (applied * stimulusWeight[i]);

                // Thomas forward sweep for off-diagonals −gc, keeping r_i = gc / pivot_i (that is −c′_i) and d′_i.
                var inversePivot = 1.0 / (diagonal - (gc * previousRatio));
                previousRatio = gc * inversePivot;
                previousRhs = (right + (gc * previousRhs)) * inversePivot;
                ratio[i] = previousRatio;
                rhs[i] = previousRhs;
            }

            // Back substitution gives V at t + θΔt; extrapolate to t + Δt.
            var next = rhs[last];
            potential[last] = (next - (oldWeight * potential[last])) * inverseTheta;
            for (var i = last - 1; i >= 0; i--)
            {
                next = rhs[i] + (ratio[i] * next);
                potential[i] = (next - (oldWeight * potential[i])) * inverseTheta;
            }

            sites.Record(potential, traces, k + 1);
        }
    }
}
