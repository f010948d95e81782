using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// One skill across a class: how mastery is distributed (SVG histogram and its table), each student's mastery, and the
/// misconceptions shown on the skill's templates with example answers.
/// </summary>
internal static class SkillPage
{
    /// <summary>The page of <paramref name="skill"/> in <paramref name="report"/>'s class.</summary>
    public static string Render(
        DashboardSession session, ClassReport report, SkillSummary skill, IReadOnlyList<MisconceptionFrequency> misconceptions, IReadOnlyList<string> templates, DashboardPeriod period)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(skill);
        ArgumentNullException.ThrowIfNull(misconceptions);
        ArgumentNullException.ThrowIfNull(templates);
        var code = report.JoinCode;
        var started = report.Students.Where(s => s.MasteryBySkill.ContainsKey(skill.SkillId)).OrderBy(s => s.MasteryBySkill[skill.SkillId]).ThenBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
        var body = new HtmlWriter();
        PeriodForm.Write(body, InstructorRoutes.Skill(code, skill.SkillId), period);
        body.Open("dl", ("class", "summary"))
            .Element("dt", "Students started").Element("dd", DashboardFormat.Count(skill.StudentsStarted), ("id", "skill-started"))
            .Element("dt", "Not started").Element("dd", DashboardFormat.Count(report.Students.Count - started.Count))
            .Element("dt", "Mean mastery").Element("dd", DashboardFormat.Percent(skill.MeanMastery), ("id", "skill-mean"))
            .Element("dt", "Mastered").Element("dd", DashboardFormat.Count(skill.MasteredCount), ("id", "skill-mastered"))
            .Element("dt", "Need help").Element("dd", DashboardFormat.Count(skill.NeedsHelpCount))
            .Element("dt", "Reviews due").Element("dd", DashboardFormat.Count(skill.DueReviews))
            .Close("dl");

        Distribution(body, skill, started);
        Students(body, skill, started, code, period);
        Misconceptions(body, misconceptions);
        body.Element("h2", "Question templates for this skill");
        if (templates.Count == 0)
        {
            body.Element("p", "No template of the current bank exercises this skill.");
        }
        else
        {
            body.Open("ul");
            foreach (var template in templates)
            {
                body.Open("li").Element("code", template).Close("li");
            }

            body.Close("ul");
        }

        return DashboardLayout.Render(skill.SkillName, session, [(InstructorRoutes.Root, "Your classes"), (InstructorRoutes.Class(code) + period.Query(), report.ClassName)], body);
    }

    private static void Distribution(HtmlWriter body, SkillSummary skill, List<StudentProgress> started)
    {
        body.Element("h2", "Distribution of mastery");
        if (started.Count == 0)
        {
            body.Element("p", "No student has started this skill yet.");
            return;
        }

        var counts = HistogramSvg.Count(started.Select(s => s.MasteryBySkill[skill.SkillId]));
        body.Open("figure", ("class", "scroll")).Raw(HistogramSvg.Render(counts, skill.SkillName)).Close("figure")
            .Open("details").Element("summary", "The histogram as a table")
            .Open("table", ("class", "histogram-table"))
            .Element("caption", "Students per mastery band")
            .Open("thead").Open("tr").Element("th", "Mastery band (%)", ("scope", "col")).Element("th", "Students", ("scope", "col"), ("class", "number")).Close("tr").Close("thead")
            .Open("tbody");
        for (var bin = 0; bin < counts.Length; bin++)
        {
            body.Open("tr").Element("th", HistogramSvg.BinLabel(bin), ("scope", "row")).Element("td", DashboardFormat.Count(counts[bin]), ("class", "number")).Close("tr");
        }

        body.Close("tbody").Close("table").Close("details");
    }

    private static void Students(HtmlWriter body, SkillSummary skill, List<StudentProgress> started, string code, DashboardPeriod period)
    {
        if (started.Count == 0)
        {
            return;
        }

        body.Element("h2", "Students on this skill")
            .Open("table", ("class", "skill-students"))
            .Element("caption", "Lowest mastery first")
            .Open("thead").Open("tr").Element("th", "Student", ("scope", "col")).Element("th", "Mastery", ("scope", "col"), ("class", "number")).Close("tr").Close("thead")
            .Open("tbody");
        foreach (var student in started)
        {
            body.Open("tr")
                .Open("th", ("scope", "row")).Link(InstructorRoutes.Student(code, student.LearnerId) + period.Query(), student.DisplayName).Close("th")
                .Element("td", DashboardFormat.Percent(student.MasteryBySkill[skill.SkillId]), ("class", "number"))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
    }

    private static void Misconceptions(HtmlWriter body, IReadOnlyList<MisconceptionFrequency> misconceptions)
    {
        body.Element("h2", "Most frequent misconceptions");
        if (misconceptions.Count == 0)
        {
            body.Element("p", "No misconception was diagnosed on this skill's questions in the period.");
            return;
        }

        body.Open("table", ("class", "misconceptions"))
            .Element("caption", "Misconceptions diagnosed on this skill's questions, most frequent first")
            .Open("thead").Open("tr")
            .Element("th", "Misconception", ("scope", "col"))
            .Element("th", "Attempts", ("scope", "col"), ("class", "number"))
            .Element("th", "Students", ("scope", "col"), ("class", "number"))
            .Element("th", "Example answers", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var misconception in misconceptions)
        {
            body.Open("tr")
                .Element("th", misconception.Name, ("scope", "row"))
                .Element("td", DashboardFormat.Count(misconception.Attempts), ("class", "number"))
                .Element("td", DashboardFormat.Count(misconception.Students), ("class", "number"))
                .Open("td").Open("ul");
            foreach (var example in misconception.ExampleAnswers)
            {
                body.Open("li").Element("code", example, ("class", "answer")).Close("li");
            }

            body.Close("ul").Close("td").Close("tr");
        }

        body.Close("tbody").Close("table");
    }
}
