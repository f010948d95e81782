using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// One class at a glance: the students × skills heatmap (sortable by links), class mastery per skill with bars, the
/// students who need help, recent activity, the review backlog and the exports.
/// </summary>
internal static class ClassOverviewPage
{
    private const int RecentActivityShown = 10;

    /// <summary>The overview of <paramref name="report"/>.</summary>
    public static string Render(DashboardSession session, ClassReport report, DashboardPeriod period, HeatmapSort sort)
    {
        ArgumentNullException.ThrowIfNull(report);
        var code = report.JoinCode;
        var classUrl = InstructorRoutes.Class(code);
        string StudentUrl(long id) => InstructorRoutes.Student(code, id) + period.Query();
        string SkillUrl(string id) => InstructorRoutes.Skill(code, id) + period.Query();

        var body = new HtmlWriter();
        body.Open("p").Text("Join code ").Element("code", code).Text($" · instructor {report.InstructorLoginName} · report built {DashboardFormat.Time(report.GeneratedAt)}").Close("p");
        PeriodForm.Write(body, classUrl, period, sort.SkillId is null ? null : sort.Value);
        Links(body, code, period);

        body.Open("dl", ("class", "summary"))
            .Element("dt", "Students").Element("dd", DashboardFormat.Count(report.Students.Count), ("id", "student-count"))
            .Element("dt", "Attempts in period").Element("dd", DashboardFormat.Count(report.Students.Sum(s => s.Attempts)), ("id", "attempt-count"))
            .Element("dt", "Correct in period").Element("dd", DashboardFormat.Count(report.Students.Sum(s => s.Correct)), ("id", "correct-count"))
            .Element("dt", "Reviews due").Element("dd", DashboardFormat.Count(report.DueReviews), ("id", "due-count"))
            .Close("dl");

        Heatmap(body, report, period, sort, classUrl, StudentUrl, SkillUrl);
        SkillTable(body, report, SkillUrl);
        NeedingHelp(body, report, StudentUrl);
        RecentActivity(body, report, StudentUrl);
        DueBacklog(body, report, StudentUrl);
        return DashboardLayout.Render(report.ClassName, session, [(InstructorRoutes.Root, "Your classes")], body);
    }

    private static void Links(HtmlWriter body, string code, DashboardPeriod period) =>
        body.Open("ul", ("class", "links"), ("aria-label", "More about this class"))
            .Open("li").Link(InstructorRoutes.Items(code) + period.Query(), "Item analysis").Close("li")
            .Open("li").Link(InstructorRoutes.Export(code) + period.Query(("format", "csv")), "Download mastery (CSV)").Close("li")
            .Open("li").Link(InstructorRoutes.Export(code) + period.Query(("format", "csv"), ("table", "items")), "Download items (CSV)").Close("li")
            .Open("li").Link(InstructorRoutes.Export(code) + period.Query(("format", "json")), "Download report (JSON)").Close("li")
            .Close("ul");

    private static void Heatmap(
        HtmlWriter body, ClassReport report, DashboardPeriod period, HeatmapSort sort, string classUrl, Func<long, string> studentUrl, Func<string, string> skillUrl)
    {
        body.Element("h2", "Mastery by student and skill", ("id", "heatmap"));
        if (report.Students.Count == 0)
        {
            body.Element("p", "No students have joined yet.");
            return;
        }

        body.Open("p").Text("Sort rows by: ");
        var orders = new List<HeatmapSort> { HeatmapSort.ByName };
        orders.AddRange(report.Skills.Select(s => new HeatmapSort(s.SkillId)));
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            var label = order.SkillId is null ? "student name" : report.Skills.First(s => s.SkillId == order.SkillId).SkillName + " (lowest first)";
            if (i > 0)
            {
                body.Text(" · ");
            }

            if (order == sort)
            {
                body.Element("strong", label, ("aria-current", "true"));
            }
            else
            {
                body.Link(classUrl + period.Query(("sort", order.Value)) + "#heatmap", label);
            }
        }

        body.Close("p");
        var students = sort.Apply(report.Students);
        body.Open("figure", ("class", "scroll")).Raw(HeatmapSvg.Render(students, report.Skills, studentUrl, skillUrl)).Close("figure");

        body.Open("details").Element("summary", "The heatmap as a table")
            .Open("table", ("class", "heatmap-table"))
            .Element("caption", "Mastery (%) by student and skill; – means not started")
            .Open("thead").Open("tr").Element("th", "Student", ("scope", "col"));
        foreach (var skill in report.Skills)
        {
            body.Element("th", skill.SkillName, ("scope", "col"), ("class", "number"));
        }

        body.Close("tr").Close("thead").Open("tbody");
        foreach (var student in students)
        {
            body.Open("tr").Open("th", ("scope", "row")).Link(studentUrl(student.LearnerId), student.DisplayName).Close("th");
            foreach (var skill in report.Skills)
            {
                body.Element("td", DashboardFormat.Percent(student.MasteryBySkill.TryGetValue(skill.SkillId, out var m) ? m : null), ("class", "number"));
            }

            body.Close("tr");
        }

        body.Close("tbody").Close("table").Close("details");
    }

    private static void SkillTable(HtmlWriter body, ClassReport report, Func<string, string> skillUrl)
    {
        body.Element("h2", "Class mastery per skill")
            .Open("table", ("class", "skills"))
            .Element("caption", $"Mean mastery of the students who started each skill (mastered: at least {DashboardFormat.Percent(report.Thresholds.MasteredAt)}; needs help: below {DashboardFormat.Percent(report.Thresholds.NeedsHelpBelow)})")
            .Open("thead").Open("tr")
            .Element("th", "Skill", ("scope", "col"))
            .Element("th", "Mean mastery", ("scope", "col"))
            .Element("th", "Started", ("scope", "col"), ("class", "number"))
            .Element("th", "Mastered", ("scope", "col"), ("class", "number"))
            .Element("th", "Need help", ("scope", "col"), ("class", "number"))
            .Element("th", "Reviews due", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var skill in report.Skills)
        {
            body.Open("tr")
                .Open("th", ("scope", "row")).Link(skillUrl(skill.SkillId), skill.SkillName).Close("th")
                .Open("td", ("class", "bar-cell")).Raw(MasteryBarSvg.Render(skill.MeanMastery)).Text(" " + DashboardFormat.Percent(skill.MeanMastery)).Close("td")
                .Element("td", DashboardFormat.Count(skill.StudentsStarted), ("class", "number"))
                .Element("td", DashboardFormat.Count(skill.MasteredCount), ("class", "number"))
                .Element("td", DashboardFormat.Count(skill.NeedsHelpCount), ("class", "number"))
                .Element("td", DashboardFormat.Count(skill.DueReviews), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    private static void NeedingHelp(HtmlWriter body, ClassReport report, Func<long, string> studentUrl)
    {
        body.Element("h2", "Students needing help");
        if (report.StudentsNeedingHelp.Count == 0)
        {
            body.Element("p", "Nobody: every student is above the needs-help mastery and active within the stalled period.");
            return;
        }

        body.Open("table", ("class", "needing-help"))
            .Element("caption", $"Mean mastery below {DashboardFormat.Percent(report.Thresholds.NeedsHelpBelow)}, or no attempt for {DashboardFormat.Count((int)report.Thresholds.StalledAfter.TotalDays)} days")
            .Open("thead").Open("tr")
            .Element("th", "Student", ("scope", "col"))
            .Element("th", "Mean mastery", ("scope", "col"), ("class", "number"))
            .Element("th", "Last active", ("scope", "col"))
            .Element("th", "Why", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var student in report.StudentsNeedingHelp)
        {
            var reasons = new List<string>();
            if (student.LowMastery)
            {
                reasons.Add("low mastery");
            }

            if (student.Stalled)
            {
                reasons.Add(student.LastActiveAt is null ? "never answered" : "stalled");
            }

            body.Open("tr")
                .Open("th", ("scope", "row")).Link(studentUrl(student.LearnerId), student.DisplayName).Close("th")
                .Element("td", DashboardFormat.Percent(student.MeanMastery), ("class", "number"))
                .Element("td", DashboardFormat.Time(student.LastActiveAt))
                .Element("td", string.Join(", ", reasons))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    private static void RecentActivity(HtmlWriter body, ClassReport report, Func<long, string> studentUrl)
    {
        var recent = report.Students.Where(s => s.LastActiveAt is not null).OrderByDescending(s => s.LastActiveAt).Take(RecentActivityShown).ToList();
        body.Element("h2", "Recent activity");
        if (recent.Count == 0)
        {
            body.Element("p", "No student has answered a question yet.");
            return;
        }

        body.Open("table", ("class", "recent"))
            .Element("caption", "The most recently active students, latest first")
            .Open("thead").Open("tr")
            .Element("th", "Student", ("scope", "col"))
            .Element("th", "Last answer", ("scope", "col"))
            .Element("th", "Attempts in period", ("scope", "col"), ("class", "number"))
            .Element("th", "Correct in period", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var student in recent)
        {
            body.Open("tr")
                .Open("th", ("scope", "row")).Link(studentUrl(student.LearnerId), student.DisplayName).Close("th")
                .Element("td", DashboardFormat.Time(student.LastActiveAt))
                .Element("td", DashboardFormat.Count(student.Attempts), ("class", "number"))
                .Element("td", DashboardFormat.Count(student.Correct), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    private static void DueBacklog(HtmlWriter body, ClassReport report, Func<long, string> studentUrl)
    {
        body.Element("h2", "Review backlog");
        var due = report.Students.Where(s => s.DueReviews > 0).OrderByDescending(s => s.DueReviews).ThenBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
        if (due.Count == 0)
        {
            body.Element("p", "No reviews are due.");
            return;
        }

        body.Element("p", $"{DashboardFormat.Count(report.DueReviews)} review(s) due across {DashboardFormat.Count(due.Count)} student(s).")
            .Open("table", ("class", "due"))
            .Element("caption", "Students with mastered skills due for review")
            .Open("thead").Open("tr")
            .Element("th", "Student", ("scope", "col"))
            .Element("th", "Reviews due", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var student in due)
        {
            body.Open("tr")
                .Open("th", ("scope", "row")).Link(studentUrl(student.LearnerId), student.DisplayName).Close("th")
                .Element("td", DashboardFormat.Count(student.DueReviews), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }
}
