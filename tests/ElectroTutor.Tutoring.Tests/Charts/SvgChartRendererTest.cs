using System.Xml.Linq;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Tests.Charts;

public class SvgChartRendererTest
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Output_is_well_formed_svg_with_title_desc_and_role()
    {
        var document = XDocument.Parse(SvgChartRenderer.Render(ChartSamples.Spike()));
        var root = document.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("Membrane potential", root.Element(Svg + "title")!.Value);
        Assert.Contains("peak at 10 ms", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_markup_is_escaped_not_executed()
    {
        var svg = SvgChartRenderer.Render(ChartSamples.Spike("<script>alert(1)</script> & more"));
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal("<script>alert(1)</script> & more", document.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Each_series_is_a_polyline_with_every_point_and_a_legend_entry()
    {
        var document = XDocument.Parse(SvgChartRenderer.Render(ChartSamples.Spike()));
        var lines = document.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(201, ((string)lines[1].Attribute("points")!).Split(' ').Length);
        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Normal", texts);
        Assert.Contains("Changed", texts);
    }

    [Fact]
    public void Axes_have_tick_labels_and_captions_with_units()
    {
        var texts = XDocument.Parse(SvgChartRenderer.Render(ChartSamples.Spike())).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Time (ms)", texts);
        Assert.Contains("Membrane potential (mV)", texts);
        Assert.Contains("\u221280", texts);
        Assert.Contains("40", texts);
        Assert.Contains("20", texts);
    }

    [Fact]
    public void Sizes_out_of_range_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartRenderer.Render(ChartSamples.Spike(), 50, 400));
}
