using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Significant-figure tolerances and the template's policy on too few or too many figures.</summary>
public partial class AnswerCheckTest
{
    private static readonly NumericAnswerKey ThreeFigures = new(-61.54, UnitCatalog.Millivolt, Tolerance.SignificantFigures(3));

    private static readonly NumericAnswerKey ThreeFiguresLenient = ThreeFigures with { SignificantFigures = new SignificantFigurePolicy(2, 5) };

    private static readonly NumericAnswerKey AbsoluteWithPolicy = new(-61.5, UnitCatalog.Millivolt, Tolerance.Absolute(0.5)) { SignificantFigures = new SignificantFigurePolicy(2, 4) };

    [Theory]
    [InlineData("-61.5 mV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61.54 mV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61.537 mV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61.45 mV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61.549 mV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-0.0615 V", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61500 µV", AnswerVerdict.Correct, AnswerDiscrepancy.None)]
    [InlineData("-61.55 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-61.44 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-61.6 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-61.4 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("-62 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.TooFewSignificantFigures)]
    [InlineData("-60 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.TooFewSignificantFigures)]
    [InlineData("-63 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OutsideTolerance)]
    [InlineData("61.5 mV", AnswerVerdict.Incorrect, AnswerDiscrepancy.OppositeSign)]
    [InlineData("-61.5 V", AnswerVerdict.Incorrect, AnswerDiscrepancy.PowerOfTen)]
    public void Check_with_significant_figures_compares_rounded_values(string input, AnswerVerdict verdict, AnswerDiscrepancy discrepancy)
    {
        var result = AnswerCheck.Check(input, ThreeFigures);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(discrepancy, result.Discrepancy);
    }

    [Theory]
    [InlineData("-61.5 mV", AnswerVerdict.Correct)]
    [InlineData("-61.54 mV", AnswerVerdict.Correct)]
    [InlineData("-61.537 mV", AnswerVerdict.Correct)]
    [InlineData("-62 mV", AnswerVerdict.CorrectWithNote)]
    [InlineData("-0.062 V", AnswerVerdict.CorrectWithNote)]
    [InlineData("-61.53712 mV", AnswerVerdict.CorrectWithNote)]
    [InlineData("-61.5371234 mV", AnswerVerdict.CorrectWithNote)]
    [InlineData("-60 mV", AnswerVerdict.Incorrect)]
    [InlineData("-61 mV", AnswerVerdict.Incorrect)]
    [InlineData("-63 mV", AnswerVerdict.Incorrect)]
    [InlineData("-61.6 mV", AnswerVerdict.Incorrect)]
    public void Check_with_a_policy_notes_too_few_or_too_many_figures(string input, AnswerVerdict verdict)
    {
        var result = AnswerCheck.Check(input, ThreeFiguresLenient);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict == AnswerVerdict.CorrectWithNote, result.Note is not null);
    }

    [Theory]
    [InlineData("-61.5 mV", AnswerVerdict.Correct, null)]
    [InlineData("-61.50 mV", AnswerVerdict.Correct, null)]
    [InlineData("-62 mV", AnswerVerdict.Correct, null)]
    [InlineData("-61.5000001 mV", AnswerVerdict.CorrectWithNote, "more precision")]
    [InlineData("-61.48372 mV", AnswerVerdict.CorrectWithNote, "more precision")]
    [InlineData("-61.5 mv", AnswerVerdict.CorrectWithNote, "case-sensitive")]
    [InlineData("-0.06 V", AnswerVerdict.Incorrect, null)]
    public void Check_with_a_policy_and_an_absolute_tolerance(string input, AnswerVerdict verdict, string? noted)
    {
        var result = AnswerCheck.Check(input, AbsoluteWithPolicy);
        Assert.Equal(verdict, result.Verdict);
        if (noted is null)
        {
            Assert.Null(result.Note);
        }
        else
        {
            Assert.Contains(noted, result.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_with_a_policy_notes_rounder_than_justified_values()
    {
        var key = new NumericAnswerKey(-60, UnitCatalog.Millivolt, Tolerance.Absolute(1)) { SignificantFigures = new SignificantFigurePolicy(2, 4) };
        var result = AnswerCheck.Check("-60 mV", key);
        Assert.Equal(AnswerVerdict.CorrectWithNote, result.Verdict);
        Assert.Contains("1 significant figure", result.Note, StringComparison.Ordinal);
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check("-60.0 mV", key).Verdict);
    }

    [Theory]
    [InlineData("-65", AnswerVerdict.MissingUnit)]
    [InlineData("minus 65", AnswerVerdict.MissingUnit)]
    [InlineData("-65 mV", AnswerVerdict.Correct)]
    [InlineData("-0.065 V", AnswerVerdict.Correct)]
    [InlineData("-65 mM", AnswerVerdict.WrongUnit)]
    public void Check_asks_for_the_unit_when_the_template_demands_one(string input, AnswerVerdict verdict)
    {
        var key = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Absolute(0.5)) { RequiresUnit = true };
        Assert.Equal(verdict, AnswerCheck.Check(input, key).Verdict);
    }

    [Fact]
    public void Check_never_demands_a_unit_for_a_pure_number()
    {
        var key = Fraction with { RequiresUnit = true };
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check("0.5", key).Verdict);
    }
}
