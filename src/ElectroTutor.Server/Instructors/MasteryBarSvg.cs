namespace ElectroTutor.Server.Instructors;

/// <summary>A small horizontal bar for a class's mean mastery of a skill; the table cell beside it holds the number.</summary>
internal static class MasteryBarSvg
{
    private const double Width = 160;

    /// <summary>The bar for <paramref name="mastery"/> (0–1), an empty frame when null.</summary>
    public static HtmlWriter Render(double? mastery)
    {
        var filled = Width * Math.Clamp(mastery ?? 0, 0, 1);
        return new HtmlWriter().Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "bar"), ("width", "162"), ("height", "16"), ("viewBox", "0 0 162 16"), ("aria-hidden", "true"), ("focusable", "false"))
            .Empty("rect", ("x", "1"), ("y", "1"), ("width", HtmlWriter.Coordinate(Width)), ("height", "14"), ("fill", "#f2f2f2"), ("stroke", "#888"))
            .Empty("rect", ("x", "1"), ("y", "1"), ("width", HtmlWriter.Coordinate(filled)), ("height", "14"), ("fill", Data.Reports.MasteryColour.For(mastery)), ("stroke", "#555"))
            .Close("svg");
    }
}
