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
        Rest = new MyoplasmicState(
            parameters.RestingCalciumUm,
            Bound(parameters.TroponinSitesUm, parameters.TroponinOnRatePerUmMs, parameters.TroponinOffRatePerMs, parameters.RestingCalciumUm),
            Bound(parameters.ParvalbuminSitesUm, parameters.ParvalbuminOnRatePerUmMs, parameters.ParvalbuminOffRatePerMs, parameters.RestingCalciumUm),
            parameters.ForceRelation.ForceFraction(parameters.RestingCalciumUm));
    }

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
