namespace ElectroTutor.Data.Reports;

/// <summary>
/// How much of a class report to compute. Students' progress (the mastery matrix, class mastery per skill, students
/// needing help, due reviews) is always there and cheap: it reads the skill states and one pass over attempts. The
/// misconception and item passes group every attempt of the class by answer text or by (student, template), which
/// is most of the cost for a large class, so a page or export that does not show them does not pay for them.
/// </summary>
public enum ClassReportScope
{
    /// <summary>Everything: progress, misconceptions with example answers, and item analysis.</summary>
    Full = 0,

    /// <summary>Progress only; <see cref="ClassReport.Misconceptions"/> and <see cref="ClassReport.Items"/> are empty.</summary>
    Progress = 1,

    /// <summary>Progress and item analysis; <see cref="ClassReport.Misconceptions"/> is empty.</summary>
    ItemAnalysis = 2,

    /// <summary>Progress and misconceptions; <see cref="ClassReport.Items"/> is empty.</summary>
    Misconceptions = 3,
}
