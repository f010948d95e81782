using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Tests.Charts;

public class LineChartTest
{
    private static readonly ChartAxis Time = new("Time", "ms");
    private static readonly ChartAxis Potential = new("Membrane potential", "mV");

    [Fact]
    public void Description_names_the_axes_and_each_series_peak()
    {
        var description = ChartSamples.Spike().Description;
        Assert.Contains("Membrane potential (mV) against Time (ms)", description, StringComparison.Ordinal);
        Assert.Contains("Changed: from \u221265 to 40 mV, peak at 10 ms", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Peak_is_the_highest_point_of_all_series()
    {
        var (series, point) = ChartSamples.Spike().Peak;
        Assert.Equal("Changed", series.Name);
        Assert.Equal(new ChartPoint(10, 40), point);
    }

    [Fact]
    public void Caption_leaves_out_an_empty_unit() => Assert.Equal("Force", new ChartAxis("Force", string.Empty).Caption);

    [Fact]
    public void No_series_or_more_than_three_are_rejected()
    {
        var line = ChartSamples.Series("a", (0, 0));
        Assert.Throws<ArgumentException>(() => new LineChart("t", Time, Potential, []));
        Assert.Throws<ArgumentException>(() => new LineChart("t", Time, Potential, [line, line, line, line]));
    }

    [Fact]
    public void Empty_or_infinite_series_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LineChart("t", Time, Potential, [ChartSamples.Series("a")]));
        Assert.Throws<ArgumentException>(() => new LineChart("t", Time, Potential, [ChartSamples.Series("a", (0, double.NaN))]));
    }

    [Fact]
    public void Series_in_other_units_than_the_axes_are_rejected()
    {
        var force = new ChartSeries("force", "ms", "1", [new ChartPoint(0, 0)]);
        var error = Assert.Throws<ArgumentException>(() => new LineChart("t", Time, Potential, [force]));
        Assert.Contains("ms/1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-80, 40, -80, 40, 20)]
    [InlineData(-65.3, 41.2, -80, 60, 20)]
    [InlineData(0, 0.83, 0, 1, 0.2)]
    [InlineData(5, 5, 4, 6, 0.5)]
    public void Scales_round_out_to_nice_ticks(double low, double high, double minimum, double maximum, double step)
    {
        var scale = ChartScale.Covering(low, high, 6);
        Assert.Equal(minimum, scale.Minimum, 9);
        Assert.Equal(maximum, scale.Maximum, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    [Theory]
    [InlineData(-65, 10, "\u221265")]
    [InlineData(0.5, 0.1, "0.5")]
    [InlineData(0.25, 0.05, "0.25")]
    [InlineData(-0.0000001, 0.5, "0.0")]
    [InlineData(1500, 500, "1500")]
    public void Tick_labels_have_the_decimals_the_step_needs(double value, double step, string expected) =>
        Assert.Equal(expected, ChartNumber.Tick(value, step));
}
