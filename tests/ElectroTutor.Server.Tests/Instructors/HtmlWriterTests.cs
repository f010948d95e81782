using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_encoded()
    {
        var html = new HtmlWriter()
            .Element("td", "<img src=x onerror=alert(1)>", ("title", "\"><script>"), ("class", null))
            .ToString();

        Assert.Equal("<td title=\"&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=alert(1)&gt;</td>", html);
    }

    [Fact]
    public void Letters_of_every_script_stay_readable()
    {
        Assert.Equal("<p>Na⁺/K⁺ — Zoë</p>", new HtmlWriter().Element("p", "Na⁺/K⁺ — Zoë").ToString());
    }

    [Fact]
    public void Void_elements_are_left_open_and_svg_elements_self_closed()
    {
        var html = new HtmlWriter().Empty("input", ("type", "hidden")).Empty("rect", ("x", HtmlWriter.Coordinate(1.23456))).ToString();

        Assert.Equal("<input type=\"hidden\"><rect x=\"1.23\"/>", html);
    }
}
