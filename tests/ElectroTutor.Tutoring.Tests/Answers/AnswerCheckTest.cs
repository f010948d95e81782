using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Grading against −61.5 mV ± 0.5 mV: every equivalent form accepted, every slip named.</summary>
public partial class AnswerCheckTest
{
    private static readonly NumericAnswerKey RestingPotential = new(-61.5, UnitCatalog.Millivolt, Tolerance.Absolute(0.5));

    [Theory]
    [InlineData("-61.5 mV")]
    [InlineData("−61.5 mV")]
    [InlineData("-61.5mV")]
    [InlineData("-0.0615 V")]
    [InlineData("-6.15e-2 V")]
    [InlineData("-6.15E-2 V")]
    [InlineData("-6.15×10^-2 V")]
    [InlineData("-6.15·10⁻² V")]
    [InlineData("-61,5 mV")]
    [InlineData("-61.5 millivolts")]
    [InlineData("-61500 µV")]
    [InlineData("-61500 uV")]
    [InlineData("-61500 μV")]
    [InlineData("-61.5")]
    [InlineData("−61.5")]
    [InlineData("about -61.5 mV")]
    [InlineData("≈ −61.5 mV")]
    [InlineData("V = -61.5 mV")]
    [InlineData("Vm=-61.5mV")]
    [InlineData("minus 61.5 mV")]
    [InlineData("negative 61.5 millivolts")]
    [InlineData("-61.5 mV.")]
    [InlineData("I think it's -61.5 mV")]
    [InlineData("-6.15e1 mV")]
    [InlineData("-6.15×10¹ mV")]
    [InlineData("-0.0000615 kV")]
    [InlineData("-61.2 mV")]
    [InlineData("-61.9 mV")]
    [InlineData("-61 mV")]
    [InlineData("-62 mV")]
    [InlineData("-61.50 mV")]
    [InlineData("-0.06150 V")]
    [InlineData("-61\u2009500 µV")]
    public void Check_accepts_equivalent_forms(string input)
    {
        var result = AnswerCheck.Check(input, RestingPotential);
        Assert.Equal(AnswerVerdict.Correct, result.Verdict);
        Assert.True(result.IsCorrect);
        Assert.Equal(AnswerDiscrepancy.None, result.Discrepancy);
        Assert.StartsWith("Correct", result.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("−61.5 mv", "case-sensitive")]
    [InlineData("-61.5 Mv", "case-sensitive")]
    [InlineData("-0.0615 v", "case-sensitive")]
    [InlineData("-61.5 mV = -0.0615 V", "two units")]
    [InlineData("-0.0615 V = -61.5 mV", "two units")]
    public void Check_accepts_a_lenient_reading_with_a_note(string input, string noted)
    {
        var result = AnswerCheck.Check(input, RestingPotential);
        Assert.Equal(AnswerVerdict.CorrectWithNote, result.Verdict);
        Assert.Contains(noted, result.Note, StringComparison.Ordinal);
        Assert.Contains(noted, result.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    // Wrong sign.
    [InlineData("61.5 mV", AnswerDiscrepancy.OppositeSign)]
    [InlineData("+61.5 mV", AnswerDiscrepancy.OppositeSign)]
    [InlineData("61.5", AnswerDiscrepancy.OppositeSign)]
    [InlineData("0.0615 V", AnswerDiscrepancy.OppositeSign)]
    [InlineData("positive 61.5 mV", AnswerDiscrepancy.OppositeSign)]
    // Factors of ten, a thousand and more.
    [InlineData("-61.5 V", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-0.0615 mV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-61500 mV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-61.5 µV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-61.5 uV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-61.5 kV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-61.5 MV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-615 mV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-6.15 mV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-6.15e-3 V", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-6.15e-1 mV", AnswerDiscrepancy.PowerOfTen)]
    [InlineData("-0.615 V", AnswerDiscrepancy.PowerOfTen)]
    // A bare number meant in another unit.
    [InlineData("-0.0615", AnswerDiscrepancy.BareNumberInOtherUnit)]
    [InlineData("-61500", AnswerDiscrepancy.BareNumberInOtherUnit)]
    // Simply wrong.
    [InlineData("-63 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-60 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-70 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-90 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-62.1 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-0.065 V", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("0", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("0 mV", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-0 V", AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-1/2", AnswerDiscrepancy.PowerOfTen)]
    public void Check_rejects_wrong_values_and_names_the_slip(string input, AnswerDiscrepancy discrepancy)
    {
        var result = AnswerCheck.Check(input, RestingPotential);
        Assert.Equal(AnswerVerdict.Incorrect, result.Verdict);
        Assert.False(result.IsCorrect);
        Assert.Equal(discrepancy, result.Discrepancy);
        Assert.DoesNotContain("Correct", result.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-61.5 mM", "a concentration")]
    [InlineData("-61.5 mm", "a length")]
    [InlineData("-61.5 ms", "a time")]
    [InlineData("-61.5 °C", "a temperature")]
    [InlineData("-61.5 K", "a temperature")]
    [InlineData("-61.5 %", "a percentage")]
    [InlineData("-61.5 m/s", "a speed")]
    [InlineData("-61.5 Hz", "a frequency")]
    [InlineData("-61.5 µA/cm²", "a current density")]
    [InlineData("-61.5 mS/cm²", "a conductance density")]
    [InlineData("-61.5 kJ/mol", "an energy per mole")]
    [InlineData("-61.5 nC/cm²", "a charge density")]
    [InlineData("-61.5 pmol/cm²", "an amount per area")]
    [InlineData("0 mM", "a concentration")]
    [InlineData("0 s", "a time")]
    public void Check_never_converts_across_dimensions(string input, string described)
    {
        var result = AnswerCheck.Check(input, RestingPotential);
        Assert.Equal(AnswerVerdict.WrongUnit, result.Verdict);
        Assert.Null(result.ValueInExpectedUnit);
        Assert.Contains(described, result.Feedback, StringComparison.Ordinal);
        Assert.Contains("an electric potential", result.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", AnswerVerdict.Unparseable)]
    [InlineData("mV", AnswerVerdict.Unparseable)]
    [InlineData("0 m/A", AnswerVerdict.Unparseable)]
    [InlineData("0 Tm/A", AnswerVerdict.Unparseable)]
    [InlineData("-61.5 bananas", AnswerVerdict.Unparseable)]
    [InlineData("NaN", AnswerVerdict.Unparseable)]
    [InlineData("1e999 mV", AnswerVerdict.Unparseable)]
    [InlineData("-61.5 or -70 mV", AnswerVerdict.Ambiguous)]
    [InlineData("between -60 and -65 mV", AnswerVerdict.Ambiguous)]
    [InlineData("-61,500 µV", AnswerVerdict.Ambiguous)]
    [InlineData("3:2", AnswerVerdict.Ambiguous)]
    [InlineData("-61.5 mV = -0.07 V", AnswerVerdict.Ambiguous)]
    public void Check_grades_unreadable_answers_without_throwing(string input, AnswerVerdict verdict)
    {
        var result = AnswerCheck.Check(input, RestingPotential);
        Assert.Equal(verdict, result.Verdict);
        Assert.False(string.IsNullOrWhiteSpace(result.Feedback));
        Assert.Null(result.ValueInExpectedUnit);
    }

    [Fact]
    public void Check_reports_both_sides_of_the_comparison()
    {
        var result = AnswerCheck.Check("-0.0615 V", RestingPotential);
        Assert.Equal(-0.0615, result.LearnerValue);
        Assert.Equal(UnitCatalog.Volt, result.LearnerUnit);
        ParseAssert.Close(-61.5, result.ValueInExpectedUnit!.Value);
        Assert.Equal(-61.5, result.ExpectedValue);
        Assert.Equal(UnitCatalog.Millivolt, result.ExpectedUnit);
        Assert.Null(result.Note);
        Assert.Equal("Correct: -61.5 mV.", result.Feedback);
    }

    [Theory]
    [InlineData("-61.5 V", "1000 times too large")]
    [InlineData("-0.0615 mV", "1000 times too small")]
    [InlineData("-615 mV", "10 times too large")]
    [InlineData("-61.5 MV", "10^9 times too large")]
    [InlineData("-61.5 µV", "1000 times too small")]
    [InlineData("61.5 mV", "sign")]
    [InlineData("-0.0615", "read in mV")]
    [InlineData("-61.5 mM", "a concentration")]
    [InlineData("-61.5 mm", "a length")]
    [InlineData("-63 mV", "Not quite")]
    public void Check_feedback_is_specific(string input, string phrase) =>
        Assert.Contains(phrase, AnswerCheck.Check(input, RestingPotential).Feedback, StringComparison.Ordinal);

    [Theory]
    [InlineData("-63 mV")]
    [InlineData("-70 mV")]
    [InlineData("-65 mM")]
    [InlineData("-0.065 V")]
    [InlineData("0")]
    [InlineData("-60 mV")]
    public void Check_feedback_never_reveals_the_expected_value(string input) =>
        Assert.DoesNotContain("61.5", AnswerCheck.Check(input, RestingPotential).Feedback, StringComparison.Ordinal);
}
