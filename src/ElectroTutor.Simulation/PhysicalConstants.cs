namespace ElectroTutor.Simulation;

/// <summary>
/// CODATA 2018 exact and recommended values used by every model, with the unit in each name.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Faraday constant F in C/mol (CODATA 2018, exact: N_A × e).</summary>
    public const double FaradayCPerMol = 96485.33212331001;

    /// <summary>Molar gas constant R in J/(mol·K) (CODATA 2018, exact: N_A × k).</summary>
    public const double GasConstantJPerMolK = 8.314462618153241;

    /// <summary>Avogadro constant N_A in 1/mol (CODATA 2018, exact).</summary>
    public const double AvogadroPerMol = 6.02214076e23;

    /// <summary>Elementary charge e in C (CODATA 2018, exact).</summary>
    public const double ElementaryChargeC = 1.602176634e-19;

    /// <summary>Boltzmann constant k in J/K (CODATA 2018, exact).</summary>
    public const double BoltzmannJPerK = 1.380649e-23;

    /// <summary>0 °C expressed in kelvin.</summary>
    public const double ZeroCelsiusK = 273.15;

    /// <summary>Converts a Celsius temperature to kelvin; rejects temperatures below absolute zero.</summary>
    /// <param name="temperatureCelsius">Temperature in °C, at least −273.15.</param>
    /// <returns>Absolute temperature in K.</returns>
    public static double KelvinFromCelsius(double temperatureCelsius)
    {
        var kelvin = temperatureCelsius + ZeroCelsiusK;
        if (!(kelvin > 0) || double.IsInfinity(kelvin))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureCelsius), temperatureCelsius, "Temperature must be above absolute zero (−273.15 °C).");
        }

        return kelvin;
    }

    /// <summary>
    /// The thermal voltage RT/F in mV at a Celsius temperature (25.69 mV at 25 °C, 26.73 mV at 37 °C).
    /// </summary>
    /// <param name="temperatureCelsius">Temperature in °C.</param>
    /// <returns>RT/F in mV.</returns>
    public static double ThermalVoltageMv(double temperatureCelsius) =>
        1000.0 * GasConstantJPerMolK * KelvinFromCelsius(temperatureCelsius) / FaradayCPerMol;
}
