namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// The right-hand side of the model: Ca²⁺ released from the SR is shared between free Ca²⁺, rapid buffers (ATP),
/// troponin and parvalbumin, and pumped back by SERCA; force relaxes towards the Hill activation of free Ca²⁺ at a
/// rate that moves from the detachment rate (switched off) to the attachment rate (switched on).
/// </summary>
internal sealed class CalciumKinetics
{
    private readonly ExcitationContractionParameters parameters;
    private readonly double leakUmPerMs;

    public CalciumKinetics(ExcitationContractionParameters parameters)
    {
        this.parameters = parameters;
        leakUmPerMs = SercaUptakeUmPerMs(parameters.RestingCalciumUm);
        var p = parameters;
        var pumpSlope = p.SercaVmaxUmPerMs * Math.Max(p.SercaHillCoefficient, 1) / p.SercaHalfSaturationUm;
        var fastestRatePerMs = (((p.TroponinOnRatePerUmMs * p.TroponinSitesUm) + (p.ParvalbuminOnRatePerUmMs * p.ParvalbuminSitesUm) + pumpSlope)
                / (1 + p.FastBufferCapacity))
            + p.TroponinOffRatePerMs + p.ParvalbuminOffRatePerMs
            + (1 / Math.Min(p.AttachmentTimeConstantMs, p.DetachmentTimeConstantMs));
        StableStepMs = 1 / fastestRatePerMs;
        Rest = new MyoplasmicState(
            parameters.RestingCalciumUm,
            Bound(parameters.TroponinSitesUm, parameters.TroponinOnRatePerUmMs, parameters.TroponinOffRatePerMs, parameters.RestingCalciumUm),
            Bound(parameters.ParvalbuminSitesUm, parameters.ParvalbuminOnRatePerUmMs, parameters.ParvalbuminOffRatePerMs, parameters.RestingCalciumUm),
            parameters.ForceRelation.ForceFraction(parameters.RestingCalciumUm));
    }

    /// <summary>
    /// A step in ms short enough for explicit RK4 to be stable: the inverse of an upper bound on the fastest relaxation
    /// rate (buffer capture, unbinding, pump slope, cross-bridges), keeping h·λ ≤ 1, well inside RK4's limit of 2.78.
    /// </summary>
    public double StableStepMs { get; }

    /// <summary>The resting steady state: buffers in equilibrium with resting Ca²⁺ and SR leak equal to SERCA uptake.</summary>
    public MyoplasmicState Rest { get; }

    /// <summary>Time derivative of the state (per ms) under a given SR release flux.</summary>
    public MyoplasmicState Derivative(in MyoplasmicState state, double releaseUmPerMs)
    {
        var p = parameters;
        var calcium = Math.Max(state.CalciumUm, 0);
        var troponin = (p.TroponinOnRatePerUmMs * calcium * (p.TroponinSitesUm - state.TroponinBoundUm))
            - (p.TroponinOffRatePerMs * state.TroponinBoundUm);
        var parvalbumin = (p.ParvalbuminOnRatePerUmMs * calcium * (p.ParvalbuminSitesUm - state.ParvalbuminBoundUm))
            - (p.ParvalbuminOffRatePerMs * state.ParvalbuminBoundUm);
        var net = releaseUmPerMs + leakUmPerMs - SercaUptakeUmPerMs(calcium) - troponin - parvalbumin;

        var activation = p.ForceRelation.ForceFraction(calcium);
        var rate = (activation / p.AttachmentTimeConstantMs) + ((1 - activation) / p.DetachmentTimeConstantMs);
        return new MyoplasmicState(
            net / (1 + p.FastBufferCapacity),
            troponin,
            parvalbumin,
            rate * (activation - state.ForceFraction));
    }

    private double SercaUptakeUmPerMs(double calciumUm)
    {
        var p = parameters;
        var saturation = Math.Pow(calciumUm / p.SercaHalfSaturationUm, p.SercaHillCoefficient);
        return p.SercaVmaxUmPerMs * saturation / (1 + saturation);
    }

    private static double Bound(double sitesUm, double onRate, double offRate, double calciumUm) =>
        sitesUm * onRate * calciumUm / ((onRate * calciumUm) + offRate);
}
