using ElectroTutor.Data.Reports;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// One student of a class: current mastery per skill, mastery over time (replayed through the tutor's model, see
/// <see cref="MasteryReplay"/>) as a line chart, and the attempt history in the period.
/// </summary>
internal static class StudentPage
{
    /// <summary>The page of <paramref name="student"/>, whose class report row is <paramref name="progress"/>.</summary>
    public static string Render(
        DashboardSession session, ClassReport report, StudentProgress progress, StudentHistory student, IReadOnlyList<MasteryPoint> points, DashboardPeriod period, QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(bank);
        string SkillName(string id) => bank.Skills.Contains(id) ? bank.Skills[id].Name : id;
        var code = report.JoinCode;
        var body = new HtmlWriter();
        PeriodForm.Write(body, InstructorRoutes.Student(code, student.LearnerId), period);
        body.Open("dl", ("class", "summary"))
            .Element("dt", "Attempts in period").Element("dd", DashboardFormat.Count(progress.Attempts), ("id", "student-attempts"))
            .Element("dt", "Correct in period").Element("dd", DashboardFormat.Count(progress.Correct), ("id", "student-correct"))
            .Element("dt", "Mean mastery").Element("dd", DashboardFormat.Percent(progress.MeanMastery), ("id", "student-mean"))
            .Element("dt", "Last active").Element("dd", DashboardFormat.Time(progress.LastActiveAt))
            .Element("dt", "Reviews due").Element("dd", DashboardFormat.Count(progress.DueReviews))
            .Close("dl");

        MasteryTable(body, report, progress, points, code, period);
        body.Element("h2", "Mastery over time");
        if (points.Count == 0)
        {
            body.Element("p", "No counted attempts yet, so there is nothing to draw.");
        }
        else
        {
            body.Open("figure", ("class", "scroll")).Raw(LineChartSvg.Render(points, SkillName))
                .Element("figcaption", "Replayed from every attempt (not only the period's) through the tutor's own mastery model: the first answer to each question counts, and an answer after the last hint counts as wrong.", ("class", "note"))
                .Close("figure");
            ChartTable(body, points, SkillName);
        }

        History(body, student, period, bank);
        return DashboardLayout.Render(student.DisplayName, session, [(InstructorRoutes.Root, "Your classes"), (InstructorRoutes.Class(code) + period.Query(), report.ClassName)], body);
    }

    private static void MasteryTable(HtmlWriter body, ClassReport report, StudentProgress progress, IReadOnlyList<MasteryPoint> points, string code, DashboardPeriod period)
    {
        body.Element("h2", "Mastery per skill")
            .Open("table", ("class", "student-mastery"))
            .Element("caption", "Current mastery (as stored) and the replayed estimate after the latest counted attempt")
            .Open("thead").Open("tr")
            .Element("th", "Skill", ("scope", "col"))
            .Element("th", "Mastery now", ("scope", "col"), ("class", "number"))
            .Element("th", "Counted attempts", ("scope", "col"), ("class", "number"))
            .Element("th", "Replayed", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var skill in report.Skills)
        {
            var own = points.Where(p => p.SkillId == skill.SkillId).ToList();
            double? stored = progress.MasteryBySkill.TryGetValue(skill.SkillId, out var m) ? m : null;
            if (stored is null && own.Count == 0)
            {
                continue;
            }

            body.Open("tr")
                .Open("th", ("scope", "row")).Link(InstructorRoutes.Skill(code, skill.SkillId) + period.Query(), skill.SkillName).Close("th")
                .Element("td", DashboardFormat.Percent(stored), ("class", "number"))
                .Element("td", DashboardFormat.Count(own.Count), ("class", "number"))
                .Element("td", DashboardFormat.Percent(own.Count == 0 ? null : own[^1].Mastery), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    private static void ChartTable(HtmlWriter body, IReadOnlyList<MasteryPoint> points, Func<string, string> skillName)
    {
        body.Open("details").Element("summary", "The chart as a table")
            .Open("table", ("class", "chart-table"))
            .Element("caption", "Mastery after each counted attempt, oldest first")
            .Open("thead").Open("tr")
            .Element("th", "Time", ("scope", "col"))
            .Element("th", "Skill", ("scope", "col"))
            .Element("th", "Mastery", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var point in points)
        {
            body.Open("tr")
                .Element("th", DashboardFormat.Time(point.At), ("scope", "row"))
                .Element("td", skillName(point.SkillId))
                .Element("td", DashboardFormat.Percent(point.Mastery), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table").Close("details");
    }

    private static void History(HtmlWriter body, StudentHistory student, DashboardPeriod period, QuestionBank bank)
    {
        var shown = student.Attempts
            .Where(a => (period.Start is not { } start || a.AnsweredAt >= start) && (period.End is not { } end || a.AnsweredAt < end))
            .Reverse()
            .ToList();
        body.Element("h2", "Attempt history");
        if (shown.Count == 0)
        {
            body.Element("p", "No attempts in this period.");
            return;
        }

        body.Open("table", ("class", "history"))
            .Element("caption", $"{DashboardFormat.Count(shown.Count)} attempt(s), latest first")
            .Open("thead").Open("tr")
            .Element("th", "Time", ("scope", "col"))
            .Element("th", "Question template", ("scope", "col"))
            .Element("th", "Answer", ("scope", "col"))
            .Element("th", "Verdict", ("scope", "col"))
            .Element("th", "Misconception", ("scope", "col"))
            .Element("th", "Hints", ("scope", "col"), ("class", "number"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var attempt in shown)
        {
            var misconception = attempt.MisconceptionId is null ? "—"
                : bank.Misconceptions.TryGetValue(attempt.MisconceptionId, out var known) ? known.Name : attempt.MisconceptionId;
            body.Open("tr")
                .Open("th", ("scope", "row")).Text(DashboardFormat.Time(attempt.AnsweredAt)).Close("th")
                .Open("td").Element("code", attempt.TemplateId).Close("td")
                .Open("td").Element("code", attempt.RawAnswer, ("class", "answer")).Close("td")
                .Element("td", Verdict(attempt.Verdict))
                .Element("td", misconception)
                .Element("td", DashboardFormat.Count(attempt.HintsUsed), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    /// <summary>The verdict in words (a symbol alone would rely on shape or colour).</summary>
    public static string Verdict(AnswerVerdict verdict) => verdict switch
    {
        AnswerVerdict.Correct => "✓ correct",
        AnswerVerdict.CorrectWithNote => "✓ correct (with a note)",
        AnswerVerdict.Incorrect => "✗ incorrect",
        AnswerVerdict.WrongUnit => "✗ wrong unit",
        AnswerVerdict.MissingUnit => "✗ missing unit",
        AnswerVerdict.Ambiguous => "? ambiguous",
        _ => "? unreadable",
    };
}
