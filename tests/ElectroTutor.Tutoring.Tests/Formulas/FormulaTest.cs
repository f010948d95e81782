using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Tests.Formulas;

public class FormulaTest
{
    private static readonly Dictionary<string, double> Values = new() { ["kOut"] = 5, ["kIn"] = 140, ["t"] = 37 };

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("-2 ^ 2", -4)]
    [InlineData("2 ^ 3 ^ 2", 512)]
    [InlineData("10 / 4 - 1", 1.5)]
    [InlineData("kIn / kOut", 28)]
    [InlineData("6.5e1 + 1E-1", 65.1)]
    [InlineData("min(kOut, 3) + max(kOut, 3)", 8)]
    [InlineData("round(2.345, 2)", 2.35)]
    [InlineData("kelvin(t)", 310.15)]
    [InlineData("kIn > 10 * kOut", 1)]
    [InlineData("kIn <= kOut", 0)]
    [InlineData("kOut != 5 || t == 37", 1)]
    [InlineData("kOut >= 5 && !(t < 30)", 1)]
    [InlineData("abs(-3) + sqrt(16) + ln(exp(2)) + log10(1000)", 12)]
    public void Evaluates_with_usual_precedence(string text, double expected)
    {
        Assert.Equal(expected, Formula.Parse(text).Evaluate(Values), 12);
    }

    [Fact]
    public void Thermal_voltage_and_constants_give_the_Nernst_potential()
    {
        var viaFunction = Formula.Parse("thermalVoltageMv(t) * ln(kOut / kIn)").Evaluate(Values);
        var viaConstants = Formula.Parse("1000 * R * kelvin(t) / F * ln(kOut / kIn)").Evaluate(Values);
        Assert.Equal(-89.0587, viaFunction, 4);
        Assert.Equal(viaFunction, viaConstants, 12);
    }

    [Fact]
    public void Lists_the_names_it_reads_without_constants()
    {
        Assert.Equal(["kOut", "t", "kIn"], Formula.Parse("kOut * R * t / F + kIn + kOut").Variables);
    }

    [Theory]
    [InlineData("", "ends too early")]
    [InlineData("1 +", "ends too early")]
    [InlineData("(1 + 2", "')' is missing")]
    [InlineData("1 2", "unexpected '2'")]
    [InlineData("foo(1)", "unknown function 'foo'")]
    [InlineData("ln(1, 2)", "ln takes 1 argument(s), not 2")]
    [InlineData("1.2.3", "is not a number")]
    [InlineData("3 # 4", "unexpected '#'")]
    public void Bad_formulas_say_what_and_where(string text, string expected)
    {
        var error = Assert.Throws<FormulaException>(() => Formula.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_without_a_value_is_an_error()
    {
        var error = Assert.Throws<FormulaException>(() => Formula.Parse("naOut * 2").Evaluate(Values));
        Assert.Contains("'naOut' has no value", error.Message, StringComparison.Ordinal);
    }
}
