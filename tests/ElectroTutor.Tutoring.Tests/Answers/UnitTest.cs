using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class UnitTest
{
    [Theory]
    [InlineData(-65, "mV", "V", -0.065)]
    [InlineData(-0.065, "V", "mV", -65)]
    [InlineData(-65000, "µV", "mV", -65)]
    [InlineData(1, "kV", "mV", 1e6)]
    [InlineData(37, "°C", "K", 310.15)]
    [InlineData(310.15, "K", "°C", 37)]
    [InlineData(0, "°C", "K", 273.15)]
    [InlineData(-273.15, "°C", "K", 0)]
    [InlineData(98.6, "°F", "°C", 37)]
    [InlineData(32, "°F", "°C", 0)]
    [InlineData(212, "°F", "K", 373.15)]
    [InlineData(10, "mM", "M", 0.01)]
    [InlineData(10, "mM", "µM", 10000)]
    [InlineData(1, "µM", "nM", 1000)]
    [InlineData(1, "nM", "pM", 1000)]
    [InlineData(2, "ms", "s", 0.002)]
    [InlineData(500, "µs", "ms", 0.5)]
    [InlineData(1, "min", "s", 60)]
    [InlineData(1, "h", "min", 60)]
    [InlineData(72, "km/h", "m/s", 20)]
    [InlineData(20, "m/s", "cm/s", 2000)]
    [InlineData(5, "mm/s", "µm/ms", 5)]
    [InlineData(10, "µA/cm²", "A/m²", 0.1)]
    [InlineData(1, "mA/cm²", "µA/cm²", 1000)]
    [InlineData(1, "µA/cm²", "nA/cm²", 1000)]
    [InlineData(120, "mS/cm²", "S/m²", 1200)]
    [InlineData(1, "S/cm²", "mS/cm²", 1000)]
    [InlineData(1, "mS/cm²", "µS/cm²", 1000)]
    [InlineData(1, "µC/cm²", "nC/cm²", 1000)]
    [InlineData(1, "C/m²", "µC/cm²", 100)]
    [InlineData(1, "nmol/cm²", "pmol/cm²", 1000)]
    [InlineData(1, "mol/m²", "pmol/cm²", 1e8)]
    [InlineData(1, "kcal/mol", "kJ/mol", 4.184)]
    [InlineData(1, "kJ/mol", "J/mol", 1000)]
    [InlineData(1000, "cal/mol", "kcal/mol", 1)]
    [InlineData(1, "kHz", "Hz", 1000)]
    [InlineData(1, "ms⁻¹", "s⁻¹", 1000)]
    [InlineData(50, "s⁻¹", "Hz", 50)]
    [InlineData(1, "cm", "mm", 10)]
    [InlineData(1, "mm", "µm", 1000)]
    [InlineData(1, "µm", "nm", 1000)]
    [InlineData(1, "nm", "Å", 10)]
    [InlineData(1, "km", "m", 1000)]
    [InlineData(95, "%", "", 0.95)]
    public void ConvertTo_converts_within_a_dimension(double value, string from, string to, double expected)
    {
        var source = Find(from);
        var target = Find(to);
        ParseAssert.Close(expected, source.ConvertTo(value, target));
        ParseAssert.Close(value, target.ConvertTo(source.ConvertTo(value, target), source));
    }

    [Fact]
    public void ConvertTo_refuses_another_dimension() =>
        Assert.Throws<ArgumentException>(() => UnitCatalog.Millivolt.ConvertTo(-65, UnitCatalog.Millimolar));

    [Fact]
    public void IsAffine_only_for_celsius_and_fahrenheit() =>
        Assert.Equal(["°C", "°F"], UnitCatalog.All.Where(u => u.IsAffine).Select(u => u.Symbol));

    [Fact]
    public void ToString_is_the_symbol() => Assert.Equal("µA/cm²", UnitCatalog.MicroamperePerSquareCentimetre.ToString());

    private static Unit Find(string symbol) => symbol.Length == 0 ? UnitCatalog.One : UnitCatalog.All.Single(u => u.Symbol == symbol);
}
