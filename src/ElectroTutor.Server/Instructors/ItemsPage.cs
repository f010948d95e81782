using ElectroTutor.Data.Reports;
using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Item analysis of a class: per question template, attempts, learners, facility, discrimination, mean hints, common
/// wrong answers and the concerns flagged (in words: too easy, too hard, negative discrimination).
/// </summary>
internal static class ItemsPage
{
    /// <summary>The page of <paramref name="report"/>'s items.</summary>
    public static string Render(DashboardSession session, ClassReport report, DashboardPeriod period, QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(bank);
        var code = report.JoinCode;
        var thresholds = report.Thresholds;
        var body = new HtmlWriter();
        PeriodForm.Write(body, InstructorRoutes.Items(code), period);
        body.Element("p",
            $"Facility is the share of learners whose first attempt was correct; discrimination is the point-biserial correlation of that with the learner's success on other templates. "
            + $"Items are flagged once {DashboardFormat.Count(thresholds.MinimumLearnersToFlag)} learners answered: too easy above {DashboardFormat.Percent(thresholds.TooEasyAbove)}, too hard below {DashboardFormat.Percent(thresholds.TooHardBelow)}, or negative discrimination.",
            ("class", "note"));
        body.Open("ul", ("class", "links"))
            .Open("li").Link(InstructorRoutes.Export(code) + period.Query(("format", "csv"), ("table", "items")), "Download items (CSV)").Close("li")
            .Close("ul");
        if (report.Items.Count == 0)
        {
            body.Element("p", "No attempts in this period.");
            return DashboardLayout.Render("Item analysis", session, Crumbs(report, period), body);
        }

        body.Open("div", ("class", "scroll")).Open("table", ("class", "items"))
            .Element("caption", $"Item analysis of {report.ClassName}, by template")
            .Open("thead").Open("tr")
            .Element("th", "Template", ("scope", "col"))
            .Element("th", "Skills", ("scope", "col"))
            .Element("th", "Attempts", ("scope", "col"), ("class", "number"))
            .Element("th", "Learners", ("scope", "col"), ("class", "number"))
            .Element("th", "Facility", ("scope", "col"), ("class", "number"))
            .Element("th", "Discrimination", ("scope", "col"), ("class", "number"))
            .Element("th", "Mean hints", ("scope", "col"), ("class", "number"))
            .Element("th", "Common wrong answers", ("scope", "col"))
            .Element("th", "Flags", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var item in report.Items)
        {
            var skills = bank.TryGetTemplate(item.TemplateId, out var template)
                ? string.Join(", ", template.Skills.Select(s => bank.Skills.Contains(s) ? bank.Skills[s].Name : s))
                : "(no longer in the bank)";
            body.Open("tr", ("id", "item-" + item.TemplateId))
                .Open("th", ("scope", "row")).Element("code", item.TemplateId).Close("th")
                .Element("td", skills)
                .Element("td", DashboardFormat.Count(item.Attempts), ("class", "number"))
                .Element("td", DashboardFormat.Count(item.Learners), ("class", "number"))
                .Element("td", DashboardFormat.Percent(item.Facility), ("class", "number"))
                .Element("td", DashboardFormat.Decimal(item.Discrimination), ("class", "number"))
                .Element("td", DashboardFormat.Decimal(item.MeanHints), ("class", "number"))
                .Open("td").Open("ul");
            foreach (var wrong in item.CommonWrongAnswers)
            {
                body.Open("li").Element("code", wrong.Answer, ("class", "answer")).Text($" ×{DashboardFormat.Count(wrong.Count)}").Close("li");
            }

            body.Close("ul").Close("td")
                .Element("td", DashboardFormat.Concerns(item.Concerns), ("class", item.Concerns == ItemConcerns.None ? null : "flag"))
                .Close("tr");
        }

        body.Close("tbody").Close("table").Close("div");
        return DashboardLayout.Render("Item analysis", session, Crumbs(report, period), body);
    }

    private static List<(string Href, string Text)> Crumbs(ClassReport report, DashboardPeriod period) =>
        [(InstructorRoutes.Root, "Your classes"), (InstructorRoutes.Class(report.JoinCode) + period.Query(), report.ClassName)];
}
