namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// pCa, the negative decimal logarithm of the free Ca²⁺ concentration in mol/L, and its conversion to µM:
/// pCa = 6 − log10([Ca²⁺] in µM), so pCa 6 is 1 µM and pCa 7 is 0.1 µM.
/// </summary>
public static class PCa
{
    /// <summary>Converts a free Ca²⁺ concentration to pCa.</summary>
    /// <param name="calciumUm">Free Ca²⁺ in µM, finite and above 0.</param>
    /// <returns>pCa (dimensionless); higher means less Ca²⁺.</returns>
    public static double FromCalciumUm(double calciumUm)
    {
        if (!(calciumUm > 0) || !double.IsFinite(calciumUm))
        {
            throw new ArgumentOutOfRangeException(nameof(calciumUm), calciumUm, "A Ca²⁺ concentration must be a finite number above 0 µM.");
        }

        return 6.0 - Math.Log10(calciumUm);
    }

    /// <summary>Converts pCa to a free Ca²⁺ concentration.</summary>
    /// <param name="pCa">pCa, a finite number (physiological values lie between about 4 and 8).</param>
    /// <returns>Free Ca²⁺ in µM.</returns>
    public static double ToCalciumUm(double pCa)
    {
        if (!double.IsFinite(pCa))
        {
            throw new ArgumentOutOfRangeException(nameof(pCa), pCa, "pCa must be a finite number.");
        }

        return Math.Pow(10.0, 6.0 - pCa);
    }
}
