using ElectroTutor.Tutoring.Charts;
using ElectroTutor.Tutoring.Experiments;

namespace ElectroTutor.Tutoring.Tests.Experiments;

public class WhatIfRunnerTest
{
    [Fact]
    public void Raising_outside_potassium_to_10_mM_depolarises_rest_less_than_it_moves_e_k()
    {
        var result = Run("K out 10");
        var rest = Row(result, "Resting potential (neuron, GHK)");
        var eK = Row(result, "E_K (neuron, Nernst)");

        // E_K moves by (RT/F)·ln 2 ≈ +18.5 mV at 37 °C; the GHK rest follows only partly because pNa and pCl are not 0.
        Assert.InRange(eK.Changed - eK.Normal, 18, 19);
        Assert.InRange(rest.Changed - rest.Normal, 6, 10);
        Assert.Equal(-67.3, rest.Normal, 1);
        Assert.Contains("depolarises by 7.6 mV", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ttx_stops_the_spike_and_draws_both_traces()
    {
        var result = Run("TTX");
        var fires = Row(result, "Fires an action potential");

        Assert.Equal(("yes", "no"), (fires.NormalText, fires.ChangedText));
        Assert.Contains("no action potential fires", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, result.Series.Count);
        Assert.Equal(501, result.Series[1].Points.Count);
        Assert.True(result.Series[0].Peak.Y > 20);
        Assert.True(result.Series[1].Peak.Y < -40);
    }

    [Fact]
    public void Pump_off_depolarises_a_little_and_says_the_run_down_is_not_modelled()
    {
        var result = Run("pump off");
        var rest = Row(result, "Resting potential (mammalian neuron, 37 °C)");

        Assert.InRange(rest.Changed - rest.Normal, 2, 10);
        Assert.Contains("not simulated", result.Explanation, StringComparison.Ordinal);
        Assert.Null(result.Chart);
    }

    [Fact]
    public void Tetanus_force_is_above_twitch_force()
    {
        var result = Run("tetanus 50 Hz");
        var force = Row(result, "Peak force");

        Assert.True(force.Changed > 1.5 * force.Normal);
        Assert.True(result.Series[1].Peak.Y > result.Series[0].Peak.Y);
        Assert.Equal("% of maximum", result.Chart!.YAxis.Unit);
    }

    [Fact]
    public void A_twitch_is_one_series_with_its_timing()
    {
        var result = Run("twitch");
        Assert.Single(result.Series);
        Assert.InRange(Row(result, "Time to peak force").Normal, 5, 50);
    }

    [Fact]
    public void A_weak_stimulus_does_not_fire_and_a_strong_one_does()
    {
        Assert.Equal("no", Row(Run("stimulus 3"), "Fires an action potential").ChangedText);
        Assert.Equal("yes", Row(Run("stimulus 20 uA"), "Fires an action potential").ChangedText);
    }

    [Fact]
    public void Tea_broadens_the_spike()
    {
        var result = Run("TEA");
        static double Width(IReadOnlyList<ChartPoint> points) => points.Count(p => p.Y > 0) * 0.1;
        Assert.True(Width(result.Series[1].Points) > 2 * Width(result.Series[0].Points));
    }

    [Fact]
    public void Lowering_outside_sodium_lowers_the_spike_peak()
    {
        var result = Run("Na out 72.5");
        var eNa = Row(result, "E_Na (squid axon model)");
        Assert.True(eNa.Changed < eNa.Normal - 15);
        var peak = result.Quantities.Single(q => q.Name is "Spike peak" or "Highest potential");
        Assert.True(peak.Changed < peak.Normal);
    }

    [Fact]
    public void A_chloride_change_has_numbers_but_no_trace()
    {
        var result = Run("Cl in 30");
        Assert.Null(result.Chart);
        Assert.Contains(result.Quantities, q => q.Name == "E_Cl (neuron, Nernst)");
    }

    [Fact]
    public void Cable_conducts_slower_in_a_thinner_axon_and_not_at_all_with_ttx()
    {
        var thin = Row(Run("cable diameter 100"), "Conduction velocity");
        Assert.Equal(18.7, thin.Normal, 1);
        Assert.InRange(thin.Changed, 6, 11);

        var chart = Run("cable diameter 100").Series;
        Assert.True(chart[1].Peak.X > chart[0].Peak.X + 0.5);

        var blocked = Run("cable with TTX");
        Assert.Equal("no conduction", Row(blocked, "Conduction velocity").ChangedText);
        Assert.Equal("no", Row(blocked, "Impulse propagates").ChangedText);
    }

    [Fact]
    public void Runs_are_deterministic()
    {
        var first = Run("K out 20, TTX 30%");
        var second = Run("K out 20, TTX 30%");
        Assert.Equal(first.Table, second.Table);
        Assert.Equal(first.Series[1].Points, second.Series[1].Points);
    }

    [Fact]
    public void Table_has_a_header_and_one_line_a_quantity()
    {
        var result = Run("TTX");
        var lines = result.Table.Split('\n');
        Assert.StartsWith("Quantity", lines[0], StringComparison.Ordinal);
        Assert.Equal(result.Quantities.Count + 2, lines.Length);
    }

    [Fact]
    public void Every_example_runs_and_gives_a_titled_result()
    {
        foreach (var example in WhatIfExamples.All)
        {
            var result = WhatIfRunner.Run(WhatIfParser.Parse(example).Request!);
            Assert.False(string.IsNullOrWhiteSpace(result.Title), example);
            Assert.False(string.IsNullOrWhiteSpace(result.Explanation), example);
            Assert.NotEmpty(result.Quantities);
        }
    }

    private static WhatIfResult Run(string text)
    {
        var parsed = WhatIfParser.Parse(text);
        Assert.True(parsed.Succeeded, parsed.Error?.Message);
        return WhatIfRunner.Run(parsed.Request);
    }

    private static WhatIfQuantity Row(WhatIfResult result, string name) => result.Quantities.Single(q => q.Name == name);
}
