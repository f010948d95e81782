using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Grading in other dimensions: affine temperatures, concentrations, speeds, densities, rates, percentages and ratios.</summary>
public partial class AnswerCheckTest
{
    private static readonly NumericAnswerKey BodyTemperature = new(37, UnitCatalog.Celsius, Tolerance.Absolute(0.5));
    private static readonly NumericAnswerKey BodyTemperatureKelvin = new(310.15, UnitCatalog.Kelvin, Tolerance.Absolute(0.5));
    private static readonly NumericAnswerKey Potassium = new(10, UnitCatalog.Millimolar, Tolerance.Relative(0.01));
    private static readonly NumericAnswerKey Conduction = new(20, UnitCatalog.MetrePerSecond, Tolerance.Relative(0.05));
    private static readonly NumericAnswerKey LeakCurrent = new(10, UnitCatalog.MicroamperePerSquareCentimetre, Tolerance.Relative(0.02));
    private static readonly NumericAnswerKey SodiumConductance = new(120, UnitCatalog.MillisiemensPerSquareCentimetre, Tolerance.Relative(0.02));
    private static readonly NumericAnswerKey RateConstant = new(0.1, UnitCatalog.PerMillisecond, Tolerance.Relative(0.02));
    private static readonly NumericAnswerKey FreeEnergy = new(-12, UnitCatalog.KilojoulePerMole, Tolerance.Relative(0.02));
    private static readonly NumericAnswerKey Fraction = new(0.5, UnitCatalog.One, Tolerance.Absolute(0.01));
    private static readonly NumericAnswerKey Saturation = new(95, UnitCatalog.Percent, Tolerance.Absolute(1));
    private static readonly NumericAnswerKey PumpRatio = new(1.5, UnitCatalog.One, Tolerance.Relative(0.001)) { ExpectsRatio = true };
    private static readonly NumericAnswerKey ZeroPotential = new(0, UnitCatalog.Millivolt, Tolerance.Absolute(0.5));

    public static readonly TheoryData<string, string, AnswerVerdict> Quantities = new()
    {
        // Temperature, expected in °C: affine conversion from K and °F.
        { "body °C", "37 °C", AnswerVerdict.Correct },
        { "body °C", "37", AnswerVerdict.Correct },
        { "body °C", "310.15 K", AnswerVerdict.Correct },
        { "body °C", "310.15 kelvin", AnswerVerdict.Correct },
        { "body °C", "310 K", AnswerVerdict.Correct },
        { "body °C", "98.6 °F", AnswerVerdict.Correct },
        { "body °C", "37.2 degrees Celsius", AnswerVerdict.Correct },
        { "body °C", "37 C", AnswerVerdict.CorrectWithNote },
        { "body °C", "310.15", AnswerVerdict.Incorrect },
        { "body °C", "37 K", AnswerVerdict.Incorrect },
        { "body °C", "-37 °C", AnswerVerdict.Incorrect },
        { "body °C", "0 °C", AnswerVerdict.Incorrect },
        { "body °C", "37 °F", AnswerVerdict.Incorrect },
        { "body °C", "273.15 K", AnswerVerdict.Incorrect },
        { "body °C", "37 mV", AnswerVerdict.WrongUnit },
        { "body °C", "37 °", AnswerVerdict.Unparseable },
        // Temperature, expected in K.
        { "body K", "310.15 K", AnswerVerdict.Correct },
        { "body K", "37 °C", AnswerVerdict.Correct },
        { "body K", "37.0 ℃", AnswerVerdict.Correct },
        { "body K", "310", AnswerVerdict.Correct },
        { "body K", "37", AnswerVerdict.Incorrect },
        { "body K", "310.15 °C", AnswerVerdict.Incorrect },
        // Concentration.
        { "K+ 10 mM", "10 mM", AnswerVerdict.Correct },
        { "K+ 10 mM", "10mM", AnswerVerdict.Correct },
        { "K+ 10 mM", "0.01 M", AnswerVerdict.Correct },
        { "K+ 10 mM", "10 mmol/L", AnswerVerdict.Correct },
        { "K+ 10 mM", "10 mmol/l", AnswerVerdict.Correct },
        { "K+ 10 mM", "10 mmol·L⁻¹", AnswerVerdict.Correct },
        { "K+ 10 mM", "1e-2 mol·L⁻¹", AnswerVerdict.Correct },
        { "K+ 10 mM", "1×10⁻² mol/L", AnswerVerdict.Correct },
        { "K+ 10 mM", "10000 µM", AnswerVerdict.Correct },
        { "K+ 10 mM", "10000 uM", AnswerVerdict.Correct },
        { "K+ 10 mM", "1e7 nM", AnswerVerdict.Correct },
        { "K+ 10 mM", "10 millimolar", AnswerVerdict.Correct },
        { "K+ 10 mM", "ten millimolar", AnswerVerdict.Correct },
        { "K+ 10 mM", "10", AnswerVerdict.Correct },
        { "K+ 10 mM", "10.05 mM", AnswerVerdict.Correct },
        { "K+ 10 mM", "10.2 mM", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "10 M", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "10 µM", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "10 nM", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "0.01", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "-10 mM", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "100 mM", AnswerVerdict.Incorrect },
        { "K+ 10 mM", "10 mV", AnswerVerdict.WrongUnit },
        { "K+ 10 mM", "10 mm", AnswerVerdict.WrongUnit },
        { "K+ 10 mM", "10 m", AnswerVerdict.WrongUnit },
        { "K+ 10 mM", "10 mol", AnswerVerdict.Unparseable },
        { "K+ 10 mM", "10 MM", AnswerVerdict.Unparseable },
        // Speed.
        { "speed", "20 m/s", AnswerVerdict.Correct },
        { "speed", "20 m s⁻¹", AnswerVerdict.Correct },
        { "speed", "20 m·s⁻¹", AnswerVerdict.Correct },
        { "speed", "20 mm/ms", AnswerVerdict.Correct },
        { "speed", "2000 cm/s", AnswerVerdict.Correct },
        { "speed", "72 km/h", AnswerVerdict.Correct },
        { "speed", "20 meters per second", AnswerVerdict.Correct },
        { "speed", "20 µm/ms", AnswerVerdict.Incorrect },
        { "speed", "20 cm/s", AnswerVerdict.Incorrect },
        { "speed", "20 ms⁻¹", AnswerVerdict.WrongUnit },
        { "speed", "20 ms", AnswerVerdict.WrongUnit },
        { "speed", "20 m", AnswerVerdict.WrongUnit },
        // Current density.
        { "current", "10 µA/cm²", AnswerVerdict.Correct },
        { "current", "10 uA/cm2", AnswerVerdict.Correct },
        { "current", "10 µA cm⁻²", AnswerVerdict.Correct },
        { "current", "0.01 mA/cm²", AnswerVerdict.Correct },
        { "current", "0.1 A/m²", AnswerVerdict.Correct },
        { "current", "10000 nA/cm²", AnswerVerdict.Correct },
        { "current", "10 mA/cm²", AnswerVerdict.Incorrect },
        { "current", "-10 µA/cm²", AnswerVerdict.Incorrect },
        { "current", "10 µA", AnswerVerdict.Unparseable },
        { "current", "10 mS/cm²", AnswerVerdict.WrongUnit },
        // Conductance density.
        { "gNa", "120 mS/cm²", AnswerVerdict.Correct },
        { "gNa", "120 mS/cm2", AnswerVerdict.Correct },
        { "gNa", "0.12 S/cm²", AnswerVerdict.Correct },
        { "gNa", "1200 S/m²", AnswerVerdict.Correct },
        { "gNa", "120 ms/cm2", AnswerVerdict.CorrectWithNote },
        { "gNa", "120 µS/cm²", AnswerVerdict.Incorrect },
        { "gNa", "120 µA/cm²", AnswerVerdict.WrongUnit },
        // Rate constant (frequency dimension).
        { "rate", "0.1 ms⁻¹", AnswerVerdict.Correct },
        { "rate", "0.1 /ms", AnswerVerdict.Correct },
        { "rate", "0.1 per millisecond", AnswerVerdict.Correct },
        { "rate", "100 s⁻¹", AnswerVerdict.Correct },
        { "rate", "100 /s", AnswerVerdict.Correct },
        { "rate", "100 Hz", AnswerVerdict.Correct },
        { "rate", "0.1 kHz", AnswerVerdict.Correct },
        { "rate", "0.1 s⁻¹", AnswerVerdict.Incorrect },
        { "rate", "0.1 ms", AnswerVerdict.WrongUnit },
        // Molar energy.
        { "ΔG", "-12 kJ/mol", AnswerVerdict.Correct },
        { "ΔG", "-12000 J/mol", AnswerVerdict.Correct },
        { "ΔG", "-2.868 kcal/mol", AnswerVerdict.Correct },
        { "ΔG", "12 kJ/mol", AnswerVerdict.Incorrect },
        { "ΔG", "-12 J/mol", AnswerVerdict.Incorrect },
        // Fraction.
        { "fraction", "0.5", AnswerVerdict.Correct },
        { "fraction", ".5", AnswerVerdict.Correct },
        { "fraction", "0,5", AnswerVerdict.Correct },
        { "fraction", "1/2", AnswerVerdict.Correct },
        { "fraction", "50%", AnswerVerdict.Correct },
        { "fraction", "50 %", AnswerVerdict.Correct },
        { "fraction", "50 percent", AnswerVerdict.Correct },
        { "fraction", "0.50", AnswerVerdict.Correct },
        { "fraction", "50", AnswerVerdict.Incorrect },
        { "fraction", "5", AnswerVerdict.Incorrect },
        { "fraction", "0.6", AnswerVerdict.Incorrect },
        { "fraction", "0.5 mV", AnswerVerdict.WrongUnit },
        { "fraction", "1:2", AnswerVerdict.Ambiguous },
        // Percentage.
        { "percent", "95%", AnswerVerdict.Correct },
        { "percent", "95 %", AnswerVerdict.Correct },
        { "percent", "95 percent", AnswerVerdict.Correct },
        { "percent", "95", AnswerVerdict.Correct },
        { "percent", "about 95.4%", AnswerVerdict.Correct },
        { "percent", "19/20", AnswerVerdict.Incorrect },
        { "percent", "0.95", AnswerVerdict.Incorrect },
        { "percent", "9.5%", AnswerVerdict.Incorrect },
        { "percent", "95 mM", AnswerVerdict.WrongUnit },
        // Ratio answers when a ratio is expected.
        { "ratio", "3:2", AnswerVerdict.Correct },
        { "ratio", "3 : 2", AnswerVerdict.Correct },
        { "ratio", "3 to 2", AnswerVerdict.Correct },
        { "ratio", "3/2", AnswerVerdict.Correct },
        { "ratio", "1.5", AnswerVerdict.Correct },
        { "ratio", "6:4", AnswerVerdict.Correct },
        { "ratio", "three to two", AnswerVerdict.Correct },
        { "ratio", "2:3", AnswerVerdict.Incorrect },
        { "ratio", "2 to 3", AnswerVerdict.Incorrect },
        { "ratio", "3:1", AnswerVerdict.Incorrect },
        { "ratio", "1", AnswerVerdict.Incorrect },
        { "ratio", "3:0", AnswerVerdict.Unparseable },
        // A zero expected value: any sign within tolerance, still no stray units.
        { "zero", "0", AnswerVerdict.Correct },
        { "zero", "0 mV", AnswerVerdict.Correct },
        { "zero", "-0 mV", AnswerVerdict.Correct },
        { "zero", "0.3 mV", AnswerVerdict.Correct },
        { "zero", "-0.3 mV", AnswerVerdict.Correct },
        { "zero", "0 V", AnswerVerdict.Correct },
        { "zero", "1 mV", AnswerVerdict.Incorrect },
        { "zero", "0 m/A", AnswerVerdict.Unparseable },
        { "zero", "0 mM", AnswerVerdict.WrongUnit },
        { "zero", "0 K", AnswerVerdict.WrongUnit },
        { "zero", "0 %", AnswerVerdict.WrongUnit },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Check_converts_units_before_comparing(string key, string input, AnswerVerdict verdict)
    {
        var result = AnswerCheck.Check(input, Key(key));
        Assert.Equal(verdict, result.Verdict);
        Assert.False(string.IsNullOrWhiteSpace(result.Feedback));
    }

    [Theory]
    [InlineData("body °C", "310.15 K", 37)]
    [InlineData("body °C", "98.6 °F", 37)]
    [InlineData("body K", "37 °C", 310.15)]
    [InlineData("K+ 10 mM", "0.01 M", 10)]
    [InlineData("K+ 10 mM", "10000 µM", 10)]
    [InlineData("speed", "72 km/h", 20)]
    [InlineData("current", "0.1 A/m²", 10)]
    [InlineData("rate", "100 Hz", 0.1)]
    [InlineData("fraction", "50%", 0.5)]
    [InlineData("percent", "95", 95)]
    public void Check_reports_the_value_in_the_expected_unit(string key, string input, double converted) =>
        ParseAssert.Close(converted, AnswerCheck.Check(input, Key(key)).ValueInExpectedUnit!.Value);

    [Theory]
    [InlineData("body °C", "310.15", "K")]
    [InlineData("body K", "37", "°C")]
    [InlineData("K+ 10 mM", "0.01", "M")]
    [InlineData("fraction", "50", "%")]
    [InlineData("percent", "0.95", "a plain number")]
    public void Check_explains_how_a_bare_number_is_read(string key, string input, string meant)
    {
        var result = AnswerCheck.Check(input, Key(key));
        Assert.Equal(AnswerDiscrepancy.BareNumberInOtherUnit, result.Discrepancy);
        Assert.Contains($"If you meant {meant}", result.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_suggests_the_unit_a_case_slip_was_meant_to_be()
    {
        var result = AnswerCheck.Check("10 mm", Potassium);
        Assert.Contains("did you mean mM", result.Feedback, StringComparison.Ordinal);
    }

    private static NumericAnswerKey Key(string name) => name switch
    {
        "body °C" => BodyTemperature,
        "body K" => BodyTemperatureKelvin,
        "K+ 10 mM" => Potassium,
        "speed" => Conduction,
        "current" => LeakCurrent,
        "gNa" => SodiumConductance,
        "rate" => RateConstant,
        "ΔG" => FreeEnergy,
        "fraction" => Fraction,
        "percent" => Saturation,
        "ratio" => PumpRatio,
        "zero" => ZeroPotential,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
