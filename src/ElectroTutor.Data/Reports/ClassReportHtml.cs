using System.Globalization;
using System.Net;
using System.Text;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// A class report as one self-contained, printable HTML page (inline CSS, no scripts, nothing fetched): the students ×
/// skills heatmap with colour and number, its legend, class mastery per skill, who needs help, item analysis and
/// misconceptions. Every text that comes from the database is HTML-encoded, so a name such as
/// <c>&lt;script&gt;</c> shows as text.
/// </summary>
public static class ClassReportHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
        th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .heat td.n { min-width: 3rem; }
        .legend span { display: inline-block; padding: 0.2rem 0.6rem; border: 1px solid #bbb; margin-right: 0.2rem; }
        .concern { color: #a40000; font-weight: 600; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        @media print { body { margin: 0; } h2 { break-after: avoid; } table { break-inside: auto; } }
        """;

    /// <summary>The whole page.</summary>
    public static string Render(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E($"Class report: {report.ClassName}")).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(report.ClassName)).Append("</h1>\n")
            .Append("<p>Join code ").Append(E(report.JoinCode)).Append(" · instructor ").Append(E(report.InstructorLoginName))
            .Append(" · ").Append(E(Period(report))).Append(" · built ").Append(E(ReportNumber.Format(report.GeneratedAt))).Append("</p>\n");
        Heatmap(html, report);
        NeedingHelp(html, report);
        Items(html, report);
        Misconceptions(html, report);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Heatmap(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Mastery by student and skill</h2>\n<p class=\"legend\">Legend: ");
        foreach (var level in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            html.Append("<span style=\"background:").Append(MasteryColour.For(level)).Append("\">").Append(ReportNumber.Format(level)).Append("</span>");
        }

        html.Append("<span style=\"background:").Append(MasteryColour.NotStarted).Append("\">not started</span> ")
            .Append(E($"Mastered at ≥ {ReportNumber.Format(report.Thresholds.MasteredAt)}; needs help below {ReportNumber.Format(report.Thresholds.NeedsHelpBelow)}."))
            .Append("</p>\n<table class=\"heat\">\n<thead><tr><th>Student</th>");
        foreach (var skill in report.Skills)
        {
            html.Append("<th title=\"").Append(E(skill.SkillId)).Append("\">").Append(E(skill.SkillName)).Append("</th>");
        }

        html.Append("<th>Attempts</th><th>Correct</th><th>Last active</th></tr></thead>\n<tbody>\n");
        foreach (var student in report.Students)
        {
            html.Append("<tr><th>").Append(E(student.DisplayName)).Append("</th>");
            foreach (var skill in report.Skills)
            {
                double? mastery = student.MasteryBySkill.TryGetValue(skill.SkillId, out var value) ? value : null;
                Cell(html, mastery);
            }

            html.Append("<td class=\"n\">").Append(ReportNumber.Format(student.Attempts)).Append("</td><td class=\"n\">")
                .Append(ReportNumber.Format(student.Correct)).Append("</td><td>").Append(E(ReportNumber.Format(student.LastActiveAt))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr><th>Class mean</th>");
        foreach (var skill in report.Skills)
        {
            Cell(html, skill.MeanMastery);
        }

        html.Append("<td colspan=\"3\"></td></tr>\n");
        SummaryRow(html, report, "Mastered", s => s.MasteredCount);
        SummaryRow(html, report, "Needs help", s => s.NeedsHelpCount);
        SummaryRow(html, report, "Reviews due", s => s.DueReviews);
        html.Append("</tfoot>\n</table>\n");
    }

    private static void SummaryRow(StringBuilder html, ClassReport report, string label, Func<SkillSummary, int> value)
    {
        html.Append("<tr><th>").Append(E(label)).Append("</th>");
        foreach (var skill in report.Skills)
        {
            html.Append("<td class=\"n\">").Append(ReportNumber.Format(value(skill))).Append("</td>");
        }

        html.Append("<td colspan=\"3\"></td></tr>\n");
    }

    private static void Cell(StringBuilder html, double? mastery) =>
        html.Append("<td class=\"n\" style=\"background:").Append(MasteryColour.For(mastery)).Append("\">")
            .Append(mastery is null ? "–" : ReportNumber.Format(mastery)).Append("</td>");

    private static void NeedingHelp(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Students needing help</h2>\n");
        if (report.StudentsNeedingHelp.Count == 0)
        {
            html.Append("<p>Nobody: every student is above the threshold and active.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Student</th><th>Mean mastery</th><th>Last active</th><th>Why</th></tr></thead>\n<tbody>\n");
        foreach (var student in report.StudentsNeedingHelp)
        {
            var why = string.Join(", ", new[] { student.LowMastery ? "low mastery" : null, student.Stalled ? "stalled" : null }.OfType<string>());
            html.Append("<tr><td>").Append(E(student.DisplayName)).Append("</td><td class=\"n\">").Append(ReportNumber.Format(student.MeanMastery))
                .Append("</td><td>").Append(E(student.LastActiveAt is null ? "never" : ReportNumber.Format(student.LastActiveAt)))
                .Append("</td><td>").Append(E(why)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append("<p>").Append(E(string.Create(CultureInfo.InvariantCulture, $"Reviews due now across the class: {report.DueReviews}."))).Append("</p>\n");
    }

    private static void Items(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Item analysis</h2>\n<table>\n<thead><tr><th>Template</th><th>Attempts</th><th>Learners</th><th>Facility</th>")
            .Append("<th>Discrimination</th><th>Mean hints</th><th>Common wrong answers</th><th>Concerns</th></tr></thead>\n<tbody>\n");
        foreach (var item in report.Items)
        {
            var wrong = string.Join("; ", item.CommonWrongAnswers.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Answer} (×{w.Count})")));
            html.Append("<tr><td>").Append(E(item.TemplateId)).Append("</td><td class=\"n\">").Append(ReportNumber.Format(item.Attempts))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(item.Learners))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(item.Facility))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(item.Discrimination))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(item.MeanHints))
                .Append("</td><td>").Append(E(wrong))
                .Append("</td><td class=\"concern\">").Append(E(ReportNumber.Concerns(item.Concerns).Replace(';', ' '))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Misconceptions(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Misconceptions</h2>\n<table>\n<thead><tr><th>Misconception</th><th>Attempts</th><th>Students</th><th>Example answers</th></tr></thead>\n<tbody>\n");
        foreach (var misconception in report.Misconceptions)
        {
            html.Append("<tr><td title=\"").Append(E(misconception.MisconceptionId)).Append("\">").Append(E(misconception.Name))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(misconception.Attempts))
                .Append("</td><td class=\"n\">").Append(ReportNumber.Format(misconception.Students))
                .Append("</td><td>").Append(E(string.Join("; ", misconception.ExampleAnswers))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Period(ClassReport report) => (report.From, report.To) switch
    {
        (null, null) => "all attempts",
        (var from, null) => $"attempts from {ReportNumber.Format(from)}",
        (null, var to) => $"attempts before {ReportNumber.Format(to)}",
        var (from, to) => $"attempts from {ReportNumber.Format(from)} to {ReportNumber.Format(to)}",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
