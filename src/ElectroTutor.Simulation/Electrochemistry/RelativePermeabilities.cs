namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>
/// Membrane permeabilities to K⁺, Na⁺ and Cl⁻ relative to one another (dimensionless; only the ratios matter).
/// Each is finite and at least 0, and at least one is above 0; the constructor rejects anything else.
/// </summary>
public sealed record RelativePermeabilities
{
    /// <summary>Creates a set of relative permeabilities.</summary>
    /// <param name="potassium">pK, at least 0.</param>
    /// <param name="sodium">pNa, at least 0.</param>
    /// <param name="chloride">pCl, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite, or all three are 0.</exception>
    public RelativePermeabilities(double potassium, double sodium, double chloride)
    {
        RequireNonNegative(potassium, nameof(potassium));
        RequireNonNegative(sodium, nameof(sodium));
        RequireNonNegative(chloride, nameof(chloride));
        if (potassium == 0 && sodium == 0 && chloride == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(potassium), potassium, "At least one of pK, pNa and pCl must be above 0: a membrane permeable to nothing has no resting potential.");
        }

        Potassium = potassium;
        Sodium = sodium;
        Chloride = chloride;
    }

    /// <summary>
    /// The resting squid giant axon, pK : pNa : pCl = 1 : 0.04 : 0.45 (Hodgkin &amp; Katz 1949, J. Physiol. 108:37).
    /// </summary>
    public static RelativePermeabilities HodgkinKatzSquidAxon { get; } = new(1, 0.04, 0.45);

    /// <summary>pK, dimensionless, at least 0.</summary>
    public double Potassium { get; }

    /// <summary>pNa, dimensionless, at least 0.</summary>
    public double Sodium { get; }

    /// <summary>pCl, dimensionless, at least 0.</summary>
    public double Chloride { get; }

    internal static void RequireNonNegative(double permeability, string name)
    {
        if (!(permeability >= 0) || !double.IsFinite(permeability))
        {
            throw new ArgumentOutOfRangeException(name, permeability, "A relative permeability must be a finite number of at least 0.");
        }
    }
}
