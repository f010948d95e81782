using CsvHelper;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// A class report as two CSV tables (RFC 4180, invariant culture): mastery, one row per student × skill, and item
/// analysis, one row per template. Student-typed text goes through <see cref="SpreadsheetText"/>; numbers stay numbers.
/// </summary>
public static class ClassReportCsv
{
    /// <summary>The mastery table's columns.</summary>
    public static IReadOnlyList<string> MasteryHeader { get; } =
        ["learner_id", "student", "skill_id", "skill", "mastery", "student_attempts", "student_correct", "student_last_active", "student_needs_help"];

    /// <summary>The item table's columns.</summary>
    public static IReadOnlyList<string> ItemHeader { get; } =
    [
        "template_id", "attempts", "learners", "facility", "discrimination", "mean_hints", "concerns",
        "wrong_answer_1", "wrong_answer_1_count", "wrong_answer_2", "wrong_answer_2_count", "wrong_answer_3", "wrong_answer_3_count",
    ];

    /// <summary>One row per enrolled student and skill of the report; mastery is blank where the student has not started.</summary>
    public static void WriteMastery(ClassReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = Open(writer);
        WriteRow(csv, MasteryHeader);
        var needingHelp = report.StudentsNeedingHelp.Select(h => h.LearnerId).ToHashSet();
        foreach (var student in report.Students)
        {
            foreach (var skill in report.Skills)
            {
                WriteRow(csv,
                [
                    ReportNumber.Format((double)student.LearnerId),
                    SpreadsheetText.Neutralize(student.DisplayName),
                    SpreadsheetText.Neutralize(skill.SkillId),
                    SpreadsheetText.Neutralize(skill.SkillName),
                    ReportNumber.Format(student.MasteryBySkill.TryGetValue(skill.SkillId, out var mastery) ? mastery : null),
                    ReportNumber.Format(student.Attempts),
                    ReportNumber.Format(student.Correct),
                    ReportNumber.Format(student.LastActiveAt),
                    needingHelp.Contains(student.LearnerId) ? "true" : "false",
                ]);
            }
        }
    }

    /// <summary>One row per template with its statistics and up to three most common wrong answers.</summary>
    public static void WriteItems(ClassReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = Open(writer);
        WriteRow(csv, ItemHeader);
        foreach (var item in report.Items)
        {
            var row = new List<string>
            {
                SpreadsheetText.Neutralize(item.TemplateId),
                ReportNumber.Format(item.Attempts),
                ReportNumber.Format(item.Learners),
                ReportNumber.Format(item.Facility),
                ReportNumber.Format(item.Discrimination),
                ReportNumber.Format(item.MeanHints),
                ReportNumber.Concerns(item.Concerns),
            };
            for (var i = 0; i < 3; i++)
            {
                var wrong = i < item.CommonWrongAnswers.Count ? item.CommonWrongAnswers[i] : null;
                row.Add(SpreadsheetText.Neutralize(wrong?.Answer));
                row.Add(wrong is null ? string.Empty : ReportNumber.Format(wrong.Count));
            }

            WriteRow(csv, row);
        }
    }

    // CsvHelper quotes (RFC 4180); injection is neutralised per text cell above, so CsvHelper's own option stays off.
    private static CsvWriter Open(TextWriter writer) => CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells) => csv.WriteRecord([.. cells]);
}
