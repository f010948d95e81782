using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class CalciumForceRelationTest
{
    [Theory]
    [InlineData(5.8, 2.0)]
    [InlineData(6.0, 4.0)]
    [InlineData(6.5, 1.0)]
    public void Half_force_at_pCa50_and_at_Ca50(double pCa50, double hillCoefficient)
    {
        var relation = new CalciumForceRelation(pCa50, hillCoefficient);
        Assert.Equal(0.5, relation.ForceFractionAtPCa(pCa50), 14);
        Assert.Equal(0.5, relation.ForceFraction(relation.HalfActivationCalciumUm), 14);
        Assert.Equal(Math.Pow(10, 6 - pCa50), relation.HalfActivationCalciumUm, 12);
    }

    // Analytic: F = 1 / (1 + 10^(n (pCa − pCa50))); n = 4, pCa50 = 6: pCa 5.5 gives 1/1.01, pCa 6.25 gives 1/11.
    [Theory]
    [InlineData(5.5, 1 / 1.01)]
    [InlineData(6.25, 1 / 11.0)]
    [InlineData(6.0, 0.5)]
    public void Force_at_a_pCa_follows_the_Hill_curve(double pCa, double expected)
    {
        Assert.Equal(expected, CalciumForceRelation.FastTwitch.ForceFractionAtPCa(pCa), 12);
        Assert.Equal(expected, CalciumForceRelation.FastTwitch.ForceFraction(PCa.ToCalciumUm(pCa)), 12);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(4.2)]
    [InlineData(50.0)]
    public void Inverse_after_forward_is_the_identity(double calciumUm)
    {
        var relation = new CalciumForceRelation(5.9, 3.0);
        var force = relation.ForceFraction(calciumUm);
        Assert.Equal(calciumUm, relation.CalciumForForceUm(force), calciumUm * 1e-9);
        Assert.Equal(PCa.FromCalciumUm(calciumUm), relation.PCaForForce(force), 9);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.25)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Forward_after_inverse_is_the_identity(double forceFraction)
    {
        var relation = CalciumForceRelation.FastTwitch;
        Assert.Equal(forceFraction, relation.ForceFraction(relation.CalciumForForceUm(forceFraction)), 12);
        Assert.Equal(forceFraction, relation.ForceFractionAtPCa(relation.PCaForForce(forceFraction)), 12);
    }

    // Analytic: Ca(90 %) / Ca(10 %) = 81^(1/n), so a steeper curve (larger n) spans less Ca²⁺; n = 4 gives exactly 3.
    [Theory]
    [InlineData(1.0, 81.0)]
    [InlineData(2.0, 9.0)]
    [InlineData(4.0, 3.0)]
    public void Ten_to_ninety_percent_span_is_81_to_the_one_over_n(double hillCoefficient, double expected)
    {
        var relation = new CalciumForceRelation(6.0, hillCoefficient);
        Assert.Equal(expected, relation.CalciumForForceUm(0.9) / relation.CalciumForForceUm(0.1), 9);
    }

    [Fact]
    public void No_calcium_gives_no_force_and_saturating_calcium_full_force()
    {
        var relation = CalciumForceRelation.FastTwitch;
        Assert.Equal(0.0, relation.ForceFraction(0.0));
        Assert.InRange(relation.ForceFraction(1e4), 1 - 1e-15, 1.0);
        Assert.InRange(relation.ForceFractionAtPCa(9.0), 0.0, 1e-11);
        Assert.True(relation.ForceFraction(2.0) > relation.ForceFraction(1.9));
    }

    // Skinned fast-twitch mammalian fibres: pCa50 ≈ 5.8–6.0 with Hill coefficients ≈ 2–5 (Stephenson & Williams 1981,
    // J Physiol 317:281–302). Anywhere in that range a resting 100 nM (pCa 7) leaves the fibre relaxed (< 1 % force) and
    // the ~10 µM (pCa 5) of a twitch's Ca²⁺ peak nearly saturates it (> 97 %): the corners give 0.0040–0.0099 and 0.9755–0.99999.
    [Theory]
    [InlineData(5.8, 2.0)]
    [InlineData(5.8, 5.0)]
    [InlineData(6.0, 2.0)]
    [InlineData(6.0, 5.0)]
    public void Published_fast_twitch_parameters_relax_at_rest_and_saturate_at_10_uM(double pCa50, double hillCoefficient)
    {
        var relation = new CalciumForceRelation(pCa50, hillCoefficient);
        Assert.InRange(relation.ForceFractionAtPCa(7.0), 0.0, 0.01);
        Assert.InRange(relation.ForceFractionAtPCa(5.0), 0.975, 1.0);
    }

    [Fact]
    public void Default_lies_inside_the_published_fast_twitch_range()
    {
        Assert.InRange(CalciumForceRelation.FastTwitch.PCa50, 5.8, 6.0);
        Assert.InRange(CalciumForceRelation.FastTwitch.HillCoefficient, 2.0, 5.0);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Inverse_needs_a_force_fraction_strictly_between_0_and_1(double forceFraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumForceRelation.FastTwitch.CalciumForForceUm(forceFraction));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumForceRelation.FastTwitch.PCaForForce(forceFraction));
    }

    [Fact]
    public void Rejects_impossible_inputs_and_parameters()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumForceRelation.FastTwitch.ForceFraction(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumForceRelation.FastTwitch.ForceFraction(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumForceRelation.FastTwitch.ForceFractionAtPCa(double.NegativeInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalciumForceRelation(12, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalciumForceRelation(6, 0));
    }
}
