using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// What the dashboard and the report API read, always on behalf of one instructor: a class that belongs to someone
/// else is answered exactly like one that does not exist, so nobody learns which join codes are in use.
/// </summary>
internal sealed class DashboardData(TutorDatabase database, QuestionBank bank, TimeProvider clock)
{
    private readonly ClassStore _classes = new(database);
    private readonly ClassReportBuilder _reports = new(database, clock, ClassReportThresholds.Default);
    private readonly StudentHistoryQuery _students = new(database);
    private readonly SkillMisconceptionQuery _misconceptions = new(database);

    /// <summary>The question bank: skills, templates and misconceptions by name.</summary>
    public QuestionBank Bank => bank;

    /// <summary>Sign-in and class listing.</summary>
    public InstructorStore Instructors { get; } = new(database, clock);

    /// <summary>The instructor's own classes with their student counts, by name.</summary>
    public Task<IReadOnlyList<ClassListing>> ClassesAsync(long instructorId, CancellationToken cancellationToken) =>
        Instructors.ListClassesAsync(instructorId, cancellationToken);

    /// <summary>The class with this join code when it belongs to the instructor, else null.</summary>
    public async Task<ClassRecord?> OwnedClassAsync(long instructorId, string joinCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(joinCode) || joinCode.Length > 64)
        {
            return null;
        }

        var found = await _classes.FindByJoinCodeAsync(joinCode, cancellationToken);
        return found is not null && found.InstructorId == instructorId ? found : null;
    }

    /// <summary>The report of an owned class over the period, computed only as far as <paramref name="scope"/> asks.</summary>
    public async Task<ClassReport> ReportAsync(ClassRecord owned, DashboardPeriod period, ClassReportScope scope, CancellationToken cancellationToken) =>
        await _reports.BuildAsync(owned.JoinCode, bank.Skills, bank.Misconceptions, period.Start, period.End, scope, cancellationToken)
        ?? throw new InvalidOperationException($"The class {owned.JoinCode} disappeared while its report was built.");

    /// <summary>A student of the owned class with every attempt, or null when the learner is not in that class.</summary>
    public Task<StudentHistory?> StudentAsync(ClassRecord owned, long learnerId, CancellationToken cancellationToken) =>
        _students.LoadAsync(owned.Id, learnerId, cancellationToken);

    /// <summary>How the student's mastery moved, replayed through the tutor's own model.</summary>
    public IReadOnlyList<MasteryPoint> MasteryOverTime(StudentHistory student) =>
        MasteryReplay.Replay(student.Attempts, bank, TutorEngineOptions.Default);

    /// <summary>The templates that exercise a skill, by id.</summary>
    public IReadOnlyList<string> TemplatesOf(string skillId) =>
        [.. bank.Templates.Where(t => t.Skills.Contains(skillId, StringComparer.Ordinal)).Select(t => t.Id).Order(StringComparer.Ordinal)];

    /// <summary>Misconceptions the class showed on the skill's templates in the period, most frequent first.</summary>
    public Task<IReadOnlyList<MisconceptionFrequency>> SkillMisconceptionsAsync(ClassRecord owned, string skillId, DashboardPeriod period, CancellationToken cancellationToken) =>
        _misconceptions.LoadAsync(owned.Id, TemplatesOf(skillId), bank.Misconceptions, period.Start, period.End, cancellationToken);
}
