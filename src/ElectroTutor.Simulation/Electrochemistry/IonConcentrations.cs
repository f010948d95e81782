namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>
/// Free K⁺, Na⁺ and Cl⁻ concentrations on both sides of a membrane, in mM. Every value is a finite number above 0 mM;
/// the constructor rejects anything else, so an instance is always usable in a logarithm.
/// </summary>
public sealed record IonConcentrations
{
    /// <summary>Creates a set of concentrations.</summary>
    /// <param name="potassiumOutsideMm">[K⁺]o in mM, above 0.</param>
    /// <param name="potassiumInsideMm">[K⁺]i in mM, above 0.</param>
    /// <param name="sodiumOutsideMm">[Na⁺]o in mM, above 0.</param>
    /// <param name="sodiumInsideMm">[Na⁺]i in mM, above 0.</param>
    /// <param name="chlorideOutsideMm">[Cl⁻]o in mM, above 0.</param>
    /// <param name="chlorideInsideMm">[Cl⁻]i in mM, above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is zero, negative or not finite.</exception>
    public IonConcentrations(
        double potassiumOutsideMm,
        double potassiumInsideMm,
        double sodiumOutsideMm,
        double sodiumInsideMm,
        double chlorideOutsideMm,
        double chlorideInsideMm)
    {
        NernstPotential.RequirePositive(potassiumOutsideMm, nameof(potassiumOutsideMm));
        NernstPotential.RequirePositive(potassiumInsideMm, nameof(potassiumInsideMm));
        NernstPotential.RequirePositive(sodiumOutsideMm, nameof(sodiumOutsideMm));
        NernstPotential.RequirePositive(sodiumInsideMm, nameof(sodiumInsideMm));
        NernstPotential.RequirePositive(chlorideOutsideMm, nameof(chlorideOutsideMm));
        NernstPotential.RequirePositive(chlorideInsideMm, nameof(chlorideInsideMm));
        PotassiumOutsideMm = potassiumOutsideMm;
        PotassiumInsideMm = potassiumInsideMm;
        SodiumOutsideMm = sodiumOutsideMm;
        SodiumInsideMm = sodiumInsideMm;
        ChlorideOutsideMm = chlorideOutsideMm;
        ChlorideInsideMm = chlorideInsideMm;
    }

    /// <summary>
    /// A mammalian neuron at rest, from the ranges of Purves et al., <i>Neuroscience</i>, Table 2.1:
    /// K⁺ 5 out / 140 in, Na⁺ 145 out / 12 in, Cl⁻ 110 out / 10 in (mM).
    /// </summary>
    public static IonConcentrations MammalianNeuron { get; } = new(5, 140, 145, 12, 110, 10);

    /// <summary>
    /// The squid giant axon in sea water, as tabulated by Kandel et al., <i>Principles of Neural Science</i>
    /// (5th ed.), Table 6–1: K⁺ 20 out / 400 in, Na⁺ 440 out / 50 in, Cl⁻ 560 out / 52 in (mM).
    /// </summary>
    public static IonConcentrations SquidGiantAxon { get; } = new(20, 400, 440, 50, 560, 52);

    /// <summary>[K⁺]o in mM.</summary>
    public double PotassiumOutsideMm { get; }

    /// <summary>[K⁺]i in mM.</summary>
    public double PotassiumInsideMm { get; }

    /// <summary>[Na⁺]o in mM.</summary>
    public double SodiumOutsideMm { get; }

    /// <summary>[Na⁺]i in mM.</summary>
    public double SodiumInsideMm { get; }

    /// <summary>[Cl⁻]o in mM.</summary>
    public double ChlorideOutsideMm { get; }

    /// <summary>[Cl⁻]i in mM.</summary>
    public double ChlorideInsideMm { get; }

    /// <summary>The concentration of one of K⁺, Na⁺ or Cl⁻ on one side.</summary>
    /// <param name="ion"><see cref="Ion.Potassium"/>, <see cref="Ion.Sodium"/> or <see cref="Ion.Chloride"/>.</param>
    /// <param name="side">The side.</param>
    /// <returns>The concentration in mM.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ion is not K⁺, Na⁺ or Cl⁻.</exception>
    public double ConcentrationMm(Ion ion, MembraneSide side) => (Index(ion), side) switch
    {
        (0, MembraneSide.Outside) => PotassiumOutsideMm,
        (0, _) => PotassiumInsideMm,
        (1, MembraneSide.Outside) => SodiumOutsideMm,
        (1, _) => SodiumInsideMm,
        (_, MembraneSide.Outside) => ChlorideOutsideMm,
        _ => ChlorideInsideMm,
    };

    /// <summary>A copy with one concentration replaced; the others are kept.</summary>
    /// <param name="ion"><see cref="Ion.Potassium"/>, <see cref="Ion.Sodium"/> or <see cref="Ion.Chloride"/>.</param>
    /// <param name="side">The side to change.</param>
    /// <param name="concentrationMm">The new concentration in mM, above 0.</param>
    /// <returns>The changed concentrations.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ion is not K⁺, Na⁺ or Cl⁻, or the concentration is not above 0 mM.</exception>
    public IonConcentrations With(Ion ion, MembraneSide side, double concentrationMm)
    {
        var index = Index(ion);
        double Pick(int i, MembraneSide s, double current) => i == index && s == side ? concentrationMm : current;
        return new(
            Pick(0, MembraneSide.Outside, PotassiumOutsideMm),
            Pick(0, MembraneSide.Inside, PotassiumInsideMm),
            Pick(1, MembraneSide.Outside, SodiumOutsideMm),
            Pick(1, MembraneSide.Inside, SodiumInsideMm),
            Pick(2, MembraneSide.Outside, ChlorideOutsideMm),
            Pick(2, MembraneSide.Inside, ChlorideInsideMm));
    }

    private static int Index(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return ion == Ion.Potassium ? 0
            : ion == Ion.Sodium ? 1
            : ion == Ion.Chloride ? 2
            : throw new ArgumentOutOfRangeException(
                nameof(ion), ion.Symbol, "Only K⁺, Na⁺ and Cl⁻ take part in the Goldman–Hodgkin–Katz resting potential.");
    }
}
