using System.Globalization;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>Writes quantities and dimensions for feedback: "-0.065 mV", "95%", "a concentration".</summary>
internal static class QuantityText
{
    /// <summary>
    /// The value as the tutor understood it, in <paramref name="unit"/>, to six significant figures. The echo is
    /// deliberately not the learner's own text: it shows the answer after unit conversion ("-0.0615 V" is echoed as
    /// "-61.5 mV"), and six figures hide the conversion's floating-point noise. So an answer typed with sixteen figures
    /// is echoed with six; whether that many figures were sensible is for the significant-figure note to say.
    /// </summary>
    public static string Format(double value, Unit unit)
    {
        var number = value.ToString("G6", CultureInfo.InvariantCulture);
        return unit.Symbol switch
        {
            "" => number,
            "%" => number + "%",
            _ => $"{number} {unit.Symbol}",
        };
    }

    public static string Describe(Dimension dimension) => dimension switch
    {
        Dimension.Dimensionless => "a pure number",
        Dimension.ElectricPotential => "an electric potential",
        Dimension.Concentration => "a concentration",
        Dimension.Temperature => "a temperature",
        Dimension.Time => "a time",
        Dimension.Speed => "a speed",
        Dimension.CurrentDensity => "a current density",
        Dimension.ConductanceDensity => "a conductance density",
        Dimension.ChargeDensity => "a charge density",
        Dimension.AmountDensity => "an amount per area",
        Dimension.MolarEnergy => "an energy per mole",
        Dimension.Frequency => "a frequency or rate",
        Dimension.Length => "a length",
        _ => "a quantity",
    };
}
