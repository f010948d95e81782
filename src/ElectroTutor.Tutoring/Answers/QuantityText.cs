using System.Globalization;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>Writes quantities and dimensions for feedback: "-0.065 mV", "95%", "a concentration".</summary>
internal static class QuantityText
{
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
