using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class UnitCatalogTest
{
    [Theory]
    [InlineData("mV", "mV")]
    [InlineData(" mV ", "mV")]
    [InlineData("millivolts", "mV")]
    [InlineData("MILLIVOLTS", "mV")]
    [InlineData("milli-volts", "mV")]
    [InlineData("µV", "µV")]
    [InlineData("μV", "µV")]
    [InlineData("uV", "µV")]
    [InlineData("microvolt", "µV")]
    [InlineData("kilovolts", "kV")]
    [InlineData("megavolts", "MV")]
    [InlineData("mol/L", "M")]
    [InlineData("mol L⁻¹", "M")]
    [InlineData("mol·L^(-1)", "M")]
    [InlineData("mol dm-3", "M")]
    [InlineData("moles per liter", "M")]
    [InlineData("mmol·L⁻¹", "mM")]
    [InlineData("mmol/l", "mM")]
    [InlineData("µmol/L", "µM")]
    [InlineData("umol/L", "µM")]
    [InlineData("μmol/l", "µM")]
    [InlineData("nmol/L", "nM")]
    [InlineData("pmol/L", "pM")]
    [InlineData("°C", "°C")]
    [InlineData("℃", "°C")]
    [InlineData("ºC", "°C")]
    [InlineData("˚C", "°C")]
    [InlineData("deg C", "°C")]
    [InlineData("Centigrade", "°C")]
    [InlineData("K", "K")]
    [InlineData("\u212A", "K")]
    [InlineData("kelvins", "K")]
    [InlineData("°F", "°F")]
    [InlineData("degF", "°F")]
    [InlineData("s", "s")]
    [InlineData("secs", "s")]
    [InlineData("msecs", "ms")]
    [InlineData("µsec", "µs")]
    [InlineData("usec", "µs")]
    [InlineData("mins", "min")]
    [InlineData("hrs", "h")]
    [InlineData("m/sec", "m/s")]
    [InlineData("m*s^-1", "m/s")]
    [InlineData("m ⋅ s⁻¹", "m/s")]
    [InlineData("mm/ms", "m/s")]
    [InlineData("millimeters per millisecond", "m/s")]
    [InlineData("cm/sec", "cm/s")]
    [InlineData("kph", "km/h")]
    [InlineData("km/hr", "km/h")]
    [InlineData("uA/cm2", "µA/cm²")]
    [InlineData("µA cm^-2", "µA/cm²")]
    [InlineData("µA·cm⁻²", "µA/cm²")]
    [InlineData("microamperes per square centimeter", "µA/cm²")]
    [InlineData("mA/cm2", "mA/cm²")]
    [InlineData("nA/cm2", "nA/cm²")]
    [InlineData("A m-2", "A/m²")]
    [InlineData("mS/cm2", "mS/cm²")]
    [InlineData("mS cm^-2", "mS/cm²")]
    [InlineData("S/cm2", "S/cm²")]
    [InlineData("uS/cm2", "µS/cm²")]
    [InlineData("pS/µm²", "S/m²")]
    [InlineData("nC/cm2", "nC/cm²")]
    [InlineData("uC/cm2", "µC/cm²")]
    [InlineData("C m⁻²", "C/m²")]
    [InlineData("pmol/cm2", "pmol/cm²")]
    [InlineData("nmol cm-2", "nmol/cm²")]
    [InlineData("mol/m2", "mol/m²")]
    [InlineData("kJ mol-1", "kJ/mol")]
    [InlineData("J mol^-1", "J/mol")]
    [InlineData("kcal·mol⁻¹", "kcal/mol")]
    [InlineData("cal/mol", "cal/mol")]
    [InlineData("Hz", "Hz")]
    [InlineData("kHz", "kHz")]
    [InlineData("s-1", "s⁻¹")]
    [InlineData("/sec", "s⁻¹")]
    [InlineData("per sec", "s⁻¹")]
    [InlineData("ms-1", "ms⁻¹")]
    [InlineData("1/ms", "ms⁻¹")]
    [InlineData("μm", "µm")]
    [InlineData("micron", "µm")]
    [InlineData("nanometers", "nm")]
    [InlineData("Å", "Å")]
    [InlineData("\u212B", "Å")]
    [InlineData("pct", "%")]
    public void Find_reads_symbols_and_names(string text, string symbol)
    {
        var lookup = UnitCatalog.Find(text);
        Assert.True(lookup.IsFound, text);
        Assert.Equal(symbol, lookup.Unit!.Symbol);
        Assert.Null(lookup.Note);
    }

    [Theory]
    [InlineData("MM", "mM", "mm")]
    [InlineData("Mm", "mM", "mm")]
    public void Find_refuses_to_guess_between_case_variants(string text, string first, string second)
    {
        var lookup = UnitCatalog.Find(text);
        Assert.True(lookup.IsAmbiguous);
        Assert.Null(lookup.Unit);
        Assert.Equal(2, lookup.Candidates.Count);
        Assert.Contains(lookup.Candidates, u => u.Symbol == first);
        Assert.Contains(lookup.Candidates, u => u.Symbol == second);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyz")]
    [InlineData("m/A")]
    [InlineData("mol")]
    [InlineData("S")]
    [InlineData("H")]
    [InlineData("MIN")]
    [InlineData("F")]
    [InlineData("°")]
    [InlineData("V V")]
    public void Find_reports_nothing_for_unknown_text(string text)
    {
        var lookup = UnitCatalog.Find(text);
        Assert.False(lookup.IsFound);
        Assert.False(lookup.IsAmbiguous);
        Assert.Empty(lookup.Candidates);
    }

    [Fact]
    public void Every_dimension_has_its_canonical_unit_with_factor_one()
    {
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var units = UnitCatalog.OfDimension(dimension).Append(UnitCatalog.One).Where(u => u.Dimension == dimension).ToList();
            Assert.Contains(units, u => u.Factor == 1 && u.Offset == 0);
        }
    }

    [Fact]
    public void Every_unit_is_found_by_its_own_symbol_and_name()
    {
        foreach (var unit in UnitCatalog.All)
        {
            Assert.Equal(unit, UnitCatalog.Find(unit.Symbol).Unit);
            Assert.Equal(unit, UnitCatalog.Find(unit.Name).Unit);
            Assert.True(unit.Factor > 0);
        }
    }

    [Fact]
    public void Symbols_are_unique() =>
        Assert.Equal(UnitCatalog.All.Count, UnitCatalog.All.Select(u => u.Symbol).Distinct(StringComparer.Ordinal).Count());
}
