using System.Runtime.InteropServices;

namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// The state of the excitation–contraction model at one instant (or its time derivative, per ms).
/// </summary>
/// <param name="CalciumUm">Free cytosolic Ca²⁺ in µM.</param>
/// <param name="TroponinBoundUm">Ca²⁺ bound to troponin regulatory sites in µM.</param>
/// <param name="ParvalbuminBoundUm">Ca²⁺ bound to parvalbumin in µM.</param>
/// <param name="ForceFraction">Force as a fraction of the maximal Ca²⁺-activated force, 0–1.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct MyoplasmicState(double CalciumUm, double TroponinBoundUm, double ParvalbuminBoundUm, double ForceFraction)
{
    /// <summary>The state plus a multiple of a derivative: one explicit Euler-like stage of a Runge–Kutta step.</summary>
    /// <param name="derivative">Time derivative (per ms).</param>
    /// <param name="stepMs">Time in ms to advance along it.</param>
    /// <returns>The advanced state.</returns>
    internal MyoplasmicState Advance(in MyoplasmicState derivative, double stepMs) => new(
        CalciumUm + (stepMs * derivative.CalciumUm),
        TroponinBoundUm + (stepMs * derivative.TroponinBoundUm),
        ParvalbuminBoundUm + (stepMs * derivative.ParvalbuminBoundUm),
        ForceFraction + (stepMs * derivative.ForceFraction));

    /// <summary>The classical fourth-order Runge–Kutta combination of four stage derivatives.</summary>
    internal MyoplasmicState Combine(in MyoplasmicState k1, in MyoplasmicState k2, in MyoplasmicState k3, in MyoplasmicState k4, double stepMs)
    {
        var sixth = stepMs / 6.0;
        return new(
            CalciumUm + (sixth * (k1.CalciumUm + (2 * k2.CalciumUm) + (2 * k3.CalciumUm) + k4.CalciumUm)),
            TroponinBoundUm + (sixth * (k1.TroponinBoundUm + (2 * k2.TroponinBoundUm) + (2 * k3.TroponinBoundUm) + k4.TroponinBoundUm)),
            ParvalbuminBoundUm + (sixth * (k1.ParvalbuminBoundUm + (2 * k2.ParvalbuminBoundUm) + (2 * k3.ParvalbuminBoundUm) + k4.ParvalbuminBoundUm)),
            ForceFraction + (sixth * (k1.ForceFraction + (2 * k2.ForceFraction) + (2 * k3.ForceFraction) + k4.ForceFraction)));
    }
}
