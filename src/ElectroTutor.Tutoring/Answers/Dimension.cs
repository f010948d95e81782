namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// The physical dimension of a <see cref="Unit"/>. Two units can be converted into each other only when their
/// dimensions are equal; each dimension has one canonical unit, named in the member's documentation.
/// </summary>
public enum Dimension
{
    /// <summary>A pure number (canonical unit: 1). Percent belongs here with factor 0.01.</summary>
    Dimensionless,

    /// <summary>Electric potential (canonical unit: V).</summary>
    ElectricPotential,

    /// <summary>Amount-of-substance concentration (canonical unit: mol/L = M).</summary>
    Concentration,

    /// <summary>Thermodynamic temperature (canonical unit: K); Celsius and Fahrenheit convert affinely.</summary>
    Temperature,

    /// <summary>Time (canonical unit: s).</summary>
    Time,

    /// <summary>Speed, e.g. conduction velocity (canonical unit: m/s).</summary>
    Speed,

    /// <summary>Electric current per membrane area (canonical unit: A/m²).</summary>
    CurrentDensity,

    /// <summary>Electric conductance per membrane area (canonical unit: S/m²).</summary>
    ConductanceDensity,

    /// <summary>Electric charge per membrane area (canonical unit: C/m²).</summary>
    ChargeDensity,

    /// <summary>Amount of substance per membrane area (canonical unit: mol/m²).</summary>
    AmountDensity,

    /// <summary>Energy per amount of substance, e.g. free energy of transport (canonical unit: J/mol).</summary>
    MolarEnergy,

    /// <summary>Frequency or rate per time, including rate constants such as ms⁻¹ (canonical unit: Hz = s⁻¹).</summary>
    Frequency,

    /// <summary>Length (canonical unit: m).</summary>
    Length,

    /// <summary>Amount of substance crossing a membrane area per time, e.g. a pump's flux (canonical unit: mol/(m²·s)).</summary>
    AmountFlux,
}
