using System.Globalization;
using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>
/// A generated sweep: each key written in every unit of its dimension must be accepted; the same numbers with the
/// sign flipped, scaled by powers of ten, or followed by a unit of any other dimension must never be.
/// </summary>
public partial class AnswerCheckTest
{
    private static readonly NumericAnswerKey[] SweepKeys =
    [
        new(-61.5, UnitCatalog.Millivolt, Tolerance.Absolute(0.5)),
        new(10, UnitCatalog.Millimolar, Tolerance.Relative(0.01)),
        new(20, UnitCatalog.MetrePerSecond, Tolerance.Relative(0.05)),
        new(10, UnitCatalog.MicroamperePerSquareCentimetre, Tolerance.Relative(0.02)),
        new(36, UnitCatalog.MillisiemensPerSquareCentimetre, Tolerance.SignificantFigures(2)),
        new(-12.3, UnitCatalog.KilojoulePerMole, Tolerance.Relative(0.01)),
        new(0.125, UnitCatalog.PerMillisecond, Tolerance.Relative(0.01)),
        new(2.5, UnitCatalog.Millisecond, Tolerance.Absolute(0.05)),
        new(7, UnitCatalog.Nanometre, Tolerance.Relative(0.05)),
    ];

    public static IEnumerable<object[]> SweepCorrect() =>
        SweepKeys.SelectMany((key, k) => SameDimension(key).Select(u => new object[] { k, Write(key.Unit.ConvertTo(key.Value, u), u) }));

    public static IEnumerable<object[]> SweepWrong() =>
        SweepKeys.SelectMany((key, k) => SameDimension(key).SelectMany(u =>
        {
            var value = key.Unit.ConvertTo(key.Value, u);
            var slips = new[] { -1.0, 10, 0.1, 100, 0.01, 1000, 0.001, 1e6, 1e-6, -1000 }.Select(f => Write(value * f, u));
            return slips.Select(text => new object[] { k, text });
        }));

    public static IEnumerable<object[]> SweepWrongDimension() =>
        SweepKeys.SelectMany((key, k) => UnitCatalog.All
            .Where(u => u.Dimension != key.Unit.Dimension)
            .Select(u => new object[] { k, Write(key.Value, u) }));

    [Theory]
    [MemberData(nameof(SweepCorrect))]
    public void Sweep_accepts_the_key_in_every_unit_of_its_dimension(int key, string input) =>
        Assert.True(AnswerCheck.Check(input, SweepKeys[key]).IsCorrect, input);

    [Theory]
    [MemberData(nameof(SweepWrong))]
    public void Sweep_rejects_every_sign_and_scale_slip(int key, string input)
    {
        var result = AnswerCheck.Check(input, SweepKeys[key]);
        Assert.Equal(AnswerVerdict.Incorrect, result.Verdict);
        Assert.NotEqual(AnswerDiscrepancy.None, result.Discrepancy);
    }

    [Theory]
    [MemberData(nameof(SweepWrongDimension))]
    public void Sweep_rejects_every_other_dimension(int key, string input) =>
        Assert.Equal(AnswerVerdict.WrongUnit, AnswerCheck.Check(input, SweepKeys[key]).Verdict);

    private static IEnumerable<Unit> SameDimension(NumericAnswerKey key) => UnitCatalog.OfDimension(key.Unit.Dimension);

    private static string Write(double value, Unit unit) => $"{value.ToString("G12", CultureInfo.InvariantCulture)} {unit.Symbol}";
}
