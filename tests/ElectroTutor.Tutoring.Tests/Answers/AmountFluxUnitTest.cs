using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class AmountFluxUnitTest
{
    [Theory]
    [InlineData("14.9 pmol/(cm²·s)")]
    [InlineData("14.9 pmol/cm²/s")]
    [InlineData("14.9 pmol/cm^2/s")]
    [InlineData("14.9 pmol cm⁻² s⁻¹")]
    [InlineData("14.9 picomoles per square centimetre per second")]
    public void Pump_fluxes_read_in_every_common_spelling(string text)
    {
        var parsed = AnswerParser.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Message);
        Assert.Equal(UnitCatalog.PicomolePerSquareCentimetreSecond, parsed.Unit);
        Assert.Equal(14.9, parsed.Value, 12);
    }

    [Fact]
    public void A_flux_converts_within_its_dimension_and_not_to_an_amount_density()
    {
        var key = new NumericAnswerKey(14.9, UnitCatalog.PicomolePerSquareCentimetreSecond, Tolerance.Relative(0.02));
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check("1.49e-7 mol/(m²·s)", key).Verdict);
        Assert.Equal(AnswerVerdict.WrongUnit, AnswerCheck.Check("14.9 pmol/cm²", key).Verdict);
    }
}
