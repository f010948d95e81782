using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Tests.Bank.Templates;

public class ToleranceSpecTest
{
    [Theory]
    [InlineData(ToleranceKind.Absolute, 0.5, -89.06, -89.5, true)]
    [InlineData(ToleranceKind.Absolute, 0.5, -89.06, -89.6, false)]
    [InlineData(ToleranceKind.Relative, 0.02, 18.73, 19.1, true)]
    [InlineData(ToleranceKind.Relative, 0.02, 18.73, 19.2, false)]
    [InlineData(ToleranceKind.Relative, 0.02, -65, -66.2, true)]
    [InlineData(ToleranceKind.SignificantFigures, 2, -89.06, -89, true)]
    [InlineData(ToleranceKind.SignificantFigures, 2, -89.06, -88, false)]
    [InlineData(ToleranceKind.SignificantFigures, 3, 0.4807, 0.481, true)]
    [InlineData(ToleranceKind.SignificantFigures, 3, 0.4807, 0.48, false)]
    public void Accepts_within_its_rule(ToleranceKind kind, double amount, double expected, double candidate, bool accepted)
    {
        Assert.Equal(accepted, new ToleranceSpec(kind, amount).Accepts(expected, candidate));
    }
}
