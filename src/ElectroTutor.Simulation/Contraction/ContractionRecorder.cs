using System.Runtime.InteropServices;

namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// Collects the summary of a simulation step by step, without storing the trace: peaks, half-relaxation after the
/// final peak (interpolated linearly between steps) and the force ripple over a chosen fusion window.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct ContractionRecorder
{
    private const double TimeToleranceMs = 1e-9;
    private readonly double fusionStartMs;
    private readonly double fusionEndMs;
    private double peakForce;
    private double peakTimeMs;
    private double peakCalciumUm;
    private double halfRelaxedAtMs;
    private double rippleMin;
    private double rippleMax;

    public ContractionRecorder(in MyoplasmicState rest, double fusionStartMs, double fusionEndMs)
    {
        this.fusionStartMs = fusionStartMs;
        this.fusionEndMs = fusionEndMs;
        peakForce = rest.ForceFraction;
        peakTimeMs = 0;
        peakCalciumUm = rest.CalciumUm;
        halfRelaxedAtMs = double.NaN;
        rippleMin = double.PositiveInfinity;
        rippleMax = double.NegativeInfinity;
    }

    public void Record(double previousTimeMs, in MyoplasmicState previous, double timeMs, in MyoplasmicState state)
    {
        peakCalciumUm = Math.Max(peakCalciumUm, state.CalciumUm);
        if (state.ForceFraction > peakForce)
        {
            peakForce = state.ForceFraction;
            peakTimeMs = timeMs;
            halfRelaxedAtMs = double.NaN;
        }
        else if (double.IsNaN(halfRelaxedAtMs) && state.ForceFraction <= peakForce / 2 && previous.ForceFraction > peakForce / 2)
        {
            var fraction = (previous.ForceFraction - (peakForce / 2)) / (previous.ForceFraction - state.ForceFraction);
            halfRelaxedAtMs = previousTimeMs + (fraction * (timeMs - previousTimeMs));
        }

        if (timeMs >= fusionStartMs - TimeToleranceMs && timeMs <= fusionEndMs + TimeToleranceMs)
        {
            rippleMin = Math.Min(rippleMin, state.ForceFraction);
            rippleMax = Math.Max(rippleMax, state.ForceFraction);
        }
    }

    public readonly ContractionResponse Result(double endTimeMs, in MyoplasmicState final) => new(
        peakForce,
        peakTimeMs,
        peakCalciumUm,
        halfRelaxedAtMs - peakTimeMs,
        rippleMax > 0 ? rippleMin / rippleMax : double.NaN,
        final.ForceFraction,
        final.CalciumUm,
        endTimeMs);
}
