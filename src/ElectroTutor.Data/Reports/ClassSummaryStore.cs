using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Skills;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// <see cref="IClassSummaryPort"/> from the class report: the asker's chat identity must be linked (see
/// <see cref="InstructorIdentityStore"/>) to the instructor who owns the class; the summary is then cut from the
/// <see cref="ClassReport"/> over all attempts. Safe to share.
/// </summary>
public sealed class ClassSummaryStore : IClassSummaryPort
{
    private const int WeakestSkillsShown = 3;

    private readonly TutorDatabase _database;
    private readonly SkillGraph _skills;
    private readonly IReadOnlyDictionary<string, Misconception> _misconceptions;
    private readonly ClassReportBuilder _reports;
    private readonly InstructorIdentityStore _identities;

    /// <summary>Summaries of classes in <paramref name="database"/>, with skill and misconception names from the bank.</summary>
    public ClassSummaryStore(TutorDatabase database, SkillGraph skills, IReadOnlyDictionary<string, Misconception> misconceptions, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(misconceptions);
        ArgumentNullException.ThrowIfNull(clock);
        (_database, _skills, _misconceptions) = (database, skills, misconceptions);
        _reports = new ClassReportBuilder(database, clock, ClassReportThresholds.Default);
        _identities = new InstructorIdentityStore(database, clock);
    }

    /// <inheritdoc />
    public async Task<ClassSummary?> SummarizeForInstructorAsync(LearnerKey asker, string joinCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asker);
        if (string.IsNullOrWhiteSpace(joinCode)
            || await _identities.FindInstructorAsync(asker.ChannelId, asker.UserId, cancellationToken) is not { } instructorId
            || await new ClassStore(_database).FindByJoinCodeAsync(joinCode, cancellationToken) is not { } found
            || found.InstructorId != instructorId)
        {
            return null;
        }

        // The summary names the most frequent misconception but no item: the item pass over every attempt is skipped.
        var report = await _reports.BuildAsync(found.JoinCode, _skills, _misconceptions, from: null, to: null, ClassReportScope.Misconceptions, cancellationToken);
        return report is null ? null : Summarize(report);
    }

    /// <summary>The chat summary of <paramref name="report"/>.</summary>
    public static ClassSummary Summarize(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var practised = report.Students.Where(s => s.MeanMastery is not null).Select(s => s.MeanMastery!.Value).ToList();
        var weakest = report.Skills
            .Where(s => s.MeanMastery is not null)
            .OrderBy(s => s.MeanMastery)
            .ThenBy(s => s.SkillId, StringComparer.Ordinal)
            .Take(WeakestSkillsShown)
            .Select(s => new ClassSummarySkill(s.SkillId, s.SkillName, s.MeanMastery!.Value))
            .ToList();
        var misconception = report.Misconceptions.Count > 0 ? new ClassSummaryMisconception(report.Misconceptions[0].Name, report.Misconceptions[0].Attempts, report.Misconceptions[0].Students) : null;
        return new ClassSummary(
            report.ClassName, report.JoinCode, report.Students.Count, practised.Count == 0 ? null : practised.Average(), weakest,
            [.. report.StudentsNeedingHelp.Select(s => s.DisplayName)], misconception, report.DueReviews);
    }
}
