namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// The steady-state Ca²⁺–force relation of skinned skeletal muscle as a Hill curve:
/// F/Fmax = [Ca]ⁿ / ([Ca]ⁿ + Ca50ⁿ) with Ca50 = 10^(−pCa50) M, and its inverse.
/// Forces are fractions of the maximal Ca²⁺-activated force (0–1); Ca²⁺ is free cytosolic Ca²⁺ in µM.
/// </summary>
public sealed class CalciumForceRelation
{
    /// <summary>Creates a Hill relation.</summary>
    /// <param name="pCa50">pCa at half-maximal force, between 3 and 9 (skinned fast-twitch fibres: about 5.8–6.0).</param>
    /// <param name="hillCoefficient">Hill coefficient n (steepness), between 0.1 and 20 (skinned fibres: about 2–5).</param>
    public CalciumForceRelation(double pCa50, double hillCoefficient)
    {
        if (!(pCa50 >= 3 && pCa50 <= 9))
        {
            throw new ArgumentOutOfRangeException(nameof(pCa50), pCa50, "pCa50 must lie between 3 and 9.");
        }

        if (!(hillCoefficient >= 0.1 && hillCoefficient <= 20))
        {
            throw new ArgumentOutOfRangeException(nameof(hillCoefficient), hillCoefficient, "The Hill coefficient must lie between 0.1 and 20.");
        }

        PCa50 = pCa50;
        HillCoefficient = hillCoefficient;
        HalfActivationCalciumUm = PCa.ToCalciumUm(pCa50);
    }

    /// <summary>
    /// Fast-twitch mammalian skinned fibre: pCa50 6.0 (Ca50 = 1 µM), n = 4, inside the published ranges
    /// pCa50 ≈ 5.8–6.0 and n ≈ 2–5 (Stephenson &amp; Williams 1981, J Physiol 317:281).
    /// </summary>
    public static CalciumForceRelation FastTwitch { get; } = new(6.0, 4.0);

    /// <summary>pCa at half-maximal force (dimensionless).</summary>
    public double PCa50 { get; }

    /// <summary>Hill coefficient n (dimensionless).</summary>
    public double HillCoefficient { get; }

    /// <summary>Ca50, the free Ca²⁺ in µM that gives half-maximal force.</summary>
    public double HalfActivationCalciumUm { get; }

    /// <summary>Steady force at a free Ca²⁺ concentration.</summary>
    /// <param name="calciumUm">Free Ca²⁺ in µM, finite and at least 0.</param>
    /// <returns>F/Fmax in [0, 1]; exactly 0.5 at Ca50.</returns>
    public double ForceFraction(double calciumUm)
    {
        if (!(calciumUm >= 0) || !double.IsFinite(calciumUm))
        {
            throw new ArgumentOutOfRangeException(nameof(calciumUm), calciumUm, "Free Ca²⁺ must be a finite number of at least 0 µM.");
        }

        // 1 / (1 + (Ca50/Ca)^n) stays accurate far from Ca50 where Caⁿ alone would under- or overflow.
        return calciumUm == 0 ? 0 : 1.0 / (1.0 + Math.Pow(HalfActivationCalciumUm / calciumUm, HillCoefficient));
    }

    /// <summary>Steady force at a pCa.</summary>
    /// <param name="pCa">pCa, finite.</param>
    /// <returns>F/Fmax in [0, 1].</returns>
    public double ForceFractionAtPCa(double pCa)
    {
        if (!double.IsFinite(pCa))
        {
            throw new ArgumentOutOfRangeException(nameof(pCa), pCa, "pCa must be a finite number.");
        }

        return 1.0 / (1.0 + Math.Pow(10.0, HillCoefficient * (pCa - PCa50)));
    }

    /// <summary>The free Ca²⁺ that holds a given steady force: Ca50 · (F / (1 − F))^(1/n).</summary>
    /// <param name="forceFraction">F/Fmax, strictly between 0 and 1.</param>
    /// <returns>Free Ca²⁺ in µM.</returns>
    public double CalciumForForceUm(double forceFraction) => PCa.ToCalciumUm(PCaForForce(forceFraction));

    /// <summary>The pCa that holds a given steady force: pCa50 − log10(F / (1 − F)) / n.</summary>
    /// <param name="forceFraction">F/Fmax, strictly between 0 and 1.</param>
    /// <returns>pCa (dimensionless).</returns>
    public double PCaForForce(double forceFraction)
    {
        if (!(forceFraction > 0 && forceFraction < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(forceFraction), forceFraction, "A force fraction must lie strictly between 0 and 1: no finite Ca²⁺ gives 0 or full force.");
        }

        return PCa50 - (Math.Log10(forceFraction / (1.0 - forceFraction)) / HillCoefficient);
    }
}
