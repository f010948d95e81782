using System.Globalization;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Students × skills mastery as an inline SVG drawn on the server: each cell's colour (<see cref="MasteryColour"/>) and
/// its mastery in per cent as text, "–" for a skill not started, with a legend. Names and skills link to their pages.
/// </summary>
internal static class HeatmapSvg
{
    private const double NameWidth = 190;
    private const double HeaderHeight = 130;
    private const double CellWidth = 40;
    private const double CellHeight = 26;
    private const double LegendHeight = 50;
    private const int NameCharacters = 24;

    /// <summary>The heatmap of <paramref name="students"/> (in the order given) over <paramref name="skills"/>.</summary>
    public static HtmlWriter Render(
        IReadOnlyList<StudentProgress> students, IReadOnlyList<SkillSummary> skills, Func<long, string> studentHref, Func<string, string> skillHref)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(skills);
        var width = Math.Max(560, NameWidth + (Math.Max(skills.Count, 1) * CellWidth) + 120);
        var height = HeaderHeight + (students.Count * CellHeight) + LegendHeight + 10;
        var svg = new HtmlWriter().Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart heatmap"), ("role", "img"),
            ("aria-labelledby", "heatmap-title heatmap-desc"), ("viewBox", $"0 0 {HtmlWriter.Coordinate(width)} {HtmlWriter.Coordinate(height)}"),
            ("width", HtmlWriter.Coordinate(width)), ("height", HtmlWriter.Coordinate(height)), ("font-size", "12"), ("font-family", "system-ui, sans-serif"));
        svg.Element("title", "Mastery heatmap, students by skills", ("id", "heatmap-title"))
            .Element("desc", "Each cell shows a student's mastery of a skill in per cent (also as colour, red low to green high); a dash means not started. The same numbers are in the table below.", ("id", "heatmap-desc"));

        for (var column = 0; column < skills.Count; column++)
        {
            var skill = skills[column];
            var x = NameWidth + (column * CellWidth) + (CellWidth / 2);
            svg.Open("a", ("href", skillHref(skill.SkillId)))
                .Open("text", ("x", HtmlWriter.Coordinate(x)), ("y", HtmlWriter.Coordinate(HeaderHeight - 6)), ("transform", $"rotate(-40 {HtmlWriter.Coordinate(x)} {HtmlWriter.Coordinate(HeaderHeight - 6)})"), ("fill", "#0b5cad"))
                .Text(Shorten(skill.SkillName, 22)).Close("text").Close("a");
        }

        for (var row = 0; row < students.Count; row++)
        {
            var student = students[row];
            var y = HeaderHeight + (row * CellHeight);
            svg.Open("a", ("href", studentHref(student.LearnerId)))
                .Open("text", ("x", "4"), ("y", HtmlWriter.Coordinate(y + 17)), ("fill", "#0b5cad"))
                .Text(Shorten(student.DisplayName, NameCharacters)).Close("text").Close("a");
            for (var column = 0; column < skills.Count; column++)
            {
                var skill = skills[column];
                double? mastery = student.MasteryBySkill.TryGetValue(skill.SkillId, out var value) ? value : null;
                var x = NameWidth + (column * CellWidth);
                var label = Percent(mastery);
                svg.Open("g")
                    .Element("title", $"{student.DisplayName} — {skill.SkillName}: {(mastery is null ? "not started" : label + "%")}")
                    .Empty("rect", ("x", HtmlWriter.Coordinate(x)), ("y", HtmlWriter.Coordinate(y)), ("width", HtmlWriter.Coordinate(CellWidth - 2)),
                        ("height", HtmlWriter.Coordinate(CellHeight - 2)), ("fill", MasteryColour.For(mastery)), ("stroke", "#888"), ("stroke-width", "0.5"))
                    .Element("text", label, ("x", HtmlWriter.Coordinate(x + ((CellWidth - 2) / 2))), ("y", HtmlWriter.Coordinate(y + 17)), ("text-anchor", "middle"), ("fill", "#111"))
                    .Close("g");
            }
        }

        Legend(svg, HeaderHeight + (students.Count * CellHeight) + 14);
        return svg.Close("svg");
    }

    /// <summary>Mastery as a whole per cent ("97"), or "–" when not started.</summary>
    public static string Percent(double? mastery) => mastery is { } value
        ? Math.Round(value * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)
        : "–";

    private static void Legend(HtmlWriter svg, double y)
    {
        svg.Element("text", "Mastery %:", ("x", "4"), ("y", HtmlWriter.Coordinate(y + 15)));
        var steps = new double?[] { 0, 0.25, 0.5, 0.75, 0.95, 1, null };
        for (var i = 0; i < steps.Length; i++)
        {
            var x = 80 + (i * 60);
            var text = steps[i] is null ? "not started" : Percent(steps[i]);
            svg.Empty("rect", ("x", HtmlWriter.Coordinate(x)), ("y", HtmlWriter.Coordinate(y)), ("width", "22"), ("height", "22"), ("fill", MasteryColour.For(steps[i])), ("stroke", "#888"), ("stroke-width", "0.5"))
                .Element("text", text, ("x", HtmlWriter.Coordinate(x + 26)), ("y", HtmlWriter.Coordinate(y + 15)));
        }
    }

    private static string Shorten(string text, int characters) =>
        text.Length <= characters ? text : string.Concat(text.AsSpan(0, characters - 1), "…");
}
