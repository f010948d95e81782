namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// An unmyelinated cylindrical axon split into equal compartments: its diameter, length, axial resistivity and
/// compartment count. Units follow Hodgkin &amp; Huxley (cm, Ω·cm, µF/cm², mS/cm²) so the cable equation needs one
/// conversion, documented on <see cref="AxialCouplingMs"/>.
/// </summary>
public sealed record CableGeometry
{
    /// <summary>Fewest compartments accepted: two recording sites need interior compartments away from the ends.</summary>
    public const int MinimumCompartmentCount = 10;

    /// <summary>Most compartments accepted.</summary>
    public const int MaximumCompartmentCount = 100_000;

    /// <summary>Hodgkin &amp; Huxley's 1952 axon for the propagated action potential: radius 238 µm, 35.4 Ω·cm, 5 cm in 500 compartments.</summary>
    public static CableGeometry SquidGiantAxon { get; } = new();

    /// <summary>Axon diameter in µm (476 µm, the 1952 axon; 0.1–2000 µm).</summary>
    public double DiameterUm { get; init; } = 476.0;

    /// <summary>Axon length in cm (5 cm; above 0 and at most 100 cm).</summary>
    public double LengthCm { get; init; } = 5.0;

    /// <summary>Resistivity of the axoplasm R_i in Ω·cm (35.4, the 1952 value; 1–10 000 Ω·cm).</summary>
    public double AxialResistivityOhmCm { get; init; } = 35.4;

    /// <summary>Number of equal compartments (500, i.e. 100 µm each by default; 10–100 000).</summary>
    public int CompartmentCount { get; init; } = 500;

    /// <summary>Radius a in cm.</summary>
    public double RadiusCm => DiameterUm * 0.5e-4;

    /// <summary>Compartment length Δx in cm.</summary>
    public double CompartmentLengthCm => LengthCm / CompartmentCount;

    /// <summary>
    /// a/(2R_i) in mS: the coefficient of ∂²V/∂x² in the cable equation C_m ∂V/∂t = (a/2R_i) ∂²V/∂x² − I_ion + I_app.
    /// With a in cm and R_i in Ω·cm, a/(2R_i) is in siemens; times 1000 it is in mS, and mS × mV/cm² = µA/cm² of
    /// membrane, the unit of every other term.
    /// </summary>
    public double AxialCouplingMs => 1000.0 * RadiusCm / (2.0 * AxialResistivityOhmCm);

    /// <summary>
    /// Length constant λ = √(a R_m / 2R_i) = √((a/2R_i) / g_m) in cm for a membrane of conductance g_m (R_m = 1/g_m).
    /// </summary>
    /// <param name="membraneConductanceMsPerCm2">g_m in mS/cm², greater than 0.</param>
    /// <returns>λ in cm.</returns>
    public double LengthConstantCm(double membraneConductanceMsPerCm2)
    {
        if (!(membraneConductanceMsPerCm2 > 0) || !double.IsFinite(membraneConductanceMsPerCm2))
        {
            throw new ArgumentOutOfRangeException(nameof(membraneConductanceMsPerCm2), membraneConductanceMsPerCm2, "The membrane conductance must be a finite number above 0 mS/cm².");
        }

        return Math.Sqrt(AxialCouplingMs / membraneConductanceMsPerCm2);
    }

    /// <summary>Checks every field is finite and in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range; the message names it and its range.</exception>
    public void Validate()
    {
        RequireBetween(DiameterUm, 0.1, 2000, nameof(DiameterUm), "µm");
        RequireBetween(LengthCm, 1e-4, 100, nameof(LengthCm), "cm");
        RequireBetween(AxialResistivityOhmCm, 1, 10_000, nameof(AxialResistivityOhmCm), "Ω·cm");
        RequireBetween(
            CompartmentCount, MinimumCompartmentCount, MaximumCompartmentCount, nameof(CompartmentCount),
            "compartments; fewer leave no interior away from the ends to record from");
    }

    private static void RequireBetween(double value, double minimum, double maximum, string name, string unit)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {maximum} {unit}.");
        }
    }
}
