using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

/// <summary>A report built in memory whose student-typed texts are hostile: a formula, a script tag, a signed answer.</summary>
internal static class SampleReport
{
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string ScriptName = "<script>alert(1)</script>";

    public static ClassReport Create()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var mastery = new Dictionary<string, double>(StringComparer.Ordinal) { ["s1"] = 0.25, ["s2"] = 0.5 };
        return new ClassReport(
            "Physiology <101>", "ABCDEF", "grace", now, null, null, ClassReportThresholds.Default,
            [new SkillSummary("s1", "Resting potential", 2, 0.6, 1, 1, 1), new SkillSummary("s2", "Action potential", 1, 0.5, 0, 0, 0)],
            [
                new StudentProgress(1, FormulaName, 3, 1, now.AddDays(-1), 0.375, 1, mastery),
                new StudentProgress(2, ScriptName, 0, 0, null, 0.95, 0, new Dictionary<string, double>(StringComparer.Ordinal) { ["s1"] = 0.95 }),
            ],
            [new StudentNeedingHelp(1, FormulaName, 0.375, now.AddDays(-1), LowMastery: true, Stalled: false)],
            1,
            [new MisconceptionFrequency("sign-flip", "Sign flipped", 2, 1, ["+1+1", ScriptName])],
            [new ItemAnalysis("t1", 3, 2, 0.5, -0.25, 1.5, [new AnswerCount("+1+1", 2), new AnswerCount("-65 mV", 1)], ItemConcerns.TooHard | ItemConcerns.NegativeDiscrimination)]);
    }
}
