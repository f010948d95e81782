using System.Data.Common;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// Builds a <see cref="ClassReport"/> from the stored records with a handful of aggregate queries on one connection
/// (see <see cref="ClassReportSql"/>), so a class of a thousand students and half a million attempts costs a few scans
/// of its attempts, not a query per student.
/// </summary>
public sealed class ClassReportBuilder
{
    private readonly TutorDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ClassReportThresholds _thresholds;

    /// <summary>A builder judging "now" by the system clock, with the default thresholds.</summary>
    public ClassReportBuilder(TutorDatabase database)
        : this(database, TimeProvider.System, ClassReportThresholds.Default)
    {
    }

    /// <summary>A builder with its own clock (due reviews, stalled students) and thresholds.</summary>
    public ClassReportBuilder(TutorDatabase database, TimeProvider clock, ClassReportThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(thresholds);
        _database = database;
        _clock = clock;
        _thresholds = thresholds;
    }

    /// <summary>The report of the class with <paramref name="joinCode"/> (any case), or null when no class has it.</summary>
    /// <param name="joinCode">The class's join code.</param>
    /// <param name="skills">The skills graph: names and the order of the skill columns.</param>
    /// <param name="misconceptions">The bank's misconceptions by id, for their names.</param>
    /// <param name="from">Count attempts from this time (inclusive); null for all.</param>
    /// <param name="to">Count attempts before this time (exclusive); null for all.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> is not before <paramref name="to"/>.</exception>
    public Task<ClassReport?> BuildAsync(
        string joinCode,
        SkillGraph skills,
        IReadOnlyDictionary<string, Misconception> misconceptions,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken cancellationToken = default) =>
        BuildAsync(joinCode, skills, misconceptions, from, to, ClassReportScope.Full, cancellationToken);

    /// <summary>
    /// The report of the class with <paramref name="joinCode"/> (any case) computed to <paramref name="scope"/>, or null
    /// when no class has it.
    /// </summary>
    /// <param name="joinCode">The class's join code.</param>
    /// <param name="skills">The skills graph: names and the order of the skill columns.</param>
    /// <param name="misconceptions">The bank's misconceptions by id, for their names.</param>
    /// <param name="from">Count attempts from this time (inclusive); null for all.</param>
    /// <param name="to">Count attempts before this time (exclusive); null for all.</param>
    /// <param name="scope">Which parts to compute; the others are left empty.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> is not before <paramref name="to"/>.</exception>
    public async Task<ClassReport?> BuildAsync(
        string joinCode,
        SkillGraph skills,
        IReadOnlyDictionary<string, Misconception> misconceptions,
        DateTimeOffset? from,
        DateTimeOffset? to,
        ClassReportScope scope,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(misconceptions);
        if (from is { } start && to is { } end && start >= end)
        {
            throw new ArgumentException($"The period's start ({start:O}) must be before its end ({end:O}).", nameof(from));
        }

        if (string.IsNullOrWhiteSpace(joinCode))
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        var parameters = Parameters(joinCode, now, from, to);
        await using DbConnection connection = _database.Open();
        var query = new ReportQuery(connection, parameters);
        var found = await query.ReadAsync(ClassReportSql.Class, r => (Id: r.GetInt64(0), Name: r.GetString(1), Code: r.GetString(2), Instructor: r.GetString(3)), cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        var classroom = found[0];
        parameters["class"] = classroom.Id;
        var period = ClassReportSql.Period(from is not null, to is not null);
        string Sql(string text) => text.Replace("{period}", period, StringComparison.Ordinal).Replace("{correct}", ClassReportSql.Correct, StringComparison.Ordinal);

        var students = await ReadStudentsAsync(query, Sql(ClassReportSql.Students), cancellationToken);
        var skillSummaries = await ReadSkillSummariesAsync(query, skills, cancellationToken);
        var misconceptionRows = scope is ClassReportScope.Full or ClassReportScope.Misconceptions
            ? await ReadMisconceptionsAsync(query, Sql, misconceptions, cancellationToken)
            : [];
        var items = scope is ClassReportScope.Full or ClassReportScope.ItemAnalysis
            ? await ReadItemsAsync(query, Sql, cancellationToken)
            : [];

        var needingHelp = students
            .Select(s => new StudentNeedingHelp(
                s.LearnerId, s.DisplayName, s.MeanMastery, s.LastActiveAt,
                LowMastery: s.MeanMastery < _thresholds.NeedsHelpBelow,
                Stalled: s.LastActiveAt is not { } last || now - last > _thresholds.StalledAfter))
            .Where(h => h.LowMastery || h.Stalled)
            .OrderBy(h => h.MeanMastery ?? -1)
            .ThenBy(h => h.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.LearnerId)
            .ToList();

        return new ClassReport(
            classroom.Name, classroom.Code, classroom.Instructor, now, from?.ToUniversalTime(), to?.ToUniversalTime(), _thresholds,
            skillSummaries, students, needingHelp, skillSummaries.Sum(s => s.DueReviews), misconceptionRows, items)
        {
            Scope = scope,
        };
    }

    private Dictionary<string, object> Parameters(string joinCode, DateTimeOffset now, DateTimeOffset? from, DateTimeOffset? to)
    {
        var provider = _database.Provider;
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["code"] = JoinCode.Normalize(joinCode),
            ["now"] = ReportQuery.Time(provider, now),
            ["mastered"] = _thresholds.MasteredAt,
            ["needs_help"] = _thresholds.NeedsHelpBelow,
        };
        if (from is { } lower)
        {
            parameters["from"] = ReportQuery.Time(provider, lower);
        }

        if (to is { } upper)
        {
            parameters["to"] = ReportQuery.Time(provider, upper);
        }

        return parameters;
    }

    private static async Task<List<StudentProgress>> ReadStudentsAsync(ReportQuery query, string studentsSql, CancellationToken cancellationToken)
    {
        var rows = await query.ReadAsync(studentsSql, r => (
            Id: r.GetInt64(0), Name: r.GetString(1), Attempts: ReportQuery.ReadCount(r, 2), Correct: ReportQuery.ReadCount(r, 3), Last: ReportQuery.ReadTime(r, 4)), cancellationToken);
        var states = await query.ReadAsync(ClassReportSql.SkillStates, r => (
            Learner: r.GetInt64(0), Skill: r.GetString(1), Mastery: ReportQuery.ReadNumber(r, 2) ?? 0, Due: ReportQuery.ReadCount(r, 3)), cancellationToken);
        var byLearner = states.ToLookup(s => s.Learner);
        return rows
            .Select(row =>
            {
                var own = byLearner[row.Id].ToList();
                var mastery = own.ToDictionary(s => s.Skill, s => s.Mastery, StringComparer.Ordinal);
                return new StudentProgress(
                    row.Id, row.Name, row.Attempts, row.Correct, row.Last,
                    own.Count == 0 ? null : own.Average(s => s.Mastery), own.Sum(s => s.Due), mastery);
            })
            .OrderBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.LearnerId)
            .ToList();
    }

    private static async Task<List<SkillSummary>> ReadSkillSummariesAsync(ReportQuery query, SkillGraph skills, CancellationToken cancellationToken)
    {
        var rows = await query.ReadAsync(ClassReportSql.SkillSummaries, r => new SkillSummary(
            r.GetString(0), r.GetString(0), ReportQuery.ReadCount(r, 1), ReportQuery.ReadNumber(r, 2),
            ReportQuery.ReadCount(r, 3), ReportQuery.ReadCount(r, 4), ReportQuery.ReadCount(r, 5)), cancellationToken);
        var byId = rows.ToDictionary(s => s.SkillId, StringComparer.Ordinal);
        var ordered = skills.Skills
            .Select(skill => byId.TryGetValue(skill.Id, out var summary)
                ? summary with { SkillName = skill.Name }
                : new SkillSummary(skill.Id, skill.Name, 0, null, 0, 0, 0))
            .ToList();

        // Skills no longer in the graph still hold students' estimates; they come last, by id.
        ordered.AddRange(rows.Where(s => !skills.Contains(s.SkillId)).OrderBy(s => s.SkillId, StringComparer.Ordinal));
        return ordered;
    }

    private static async Task<List<MisconceptionFrequency>> ReadMisconceptionsAsync(
        ReportQuery query, Func<string, string> sql, IReadOnlyDictionary<string, Misconception> misconceptions, CancellationToken cancellationToken)
    {
        var counts = await query.ReadAsync(sql(ClassReportSql.Misconceptions), r => (Id: r.GetString(0), Attempts: ReportQuery.ReadCount(r, 1), Students: ReportQuery.ReadCount(r, 2)), cancellationToken);
        var examples = (await query.ReadAsync(sql(ClassReportSql.MisconceptionExamples), r => (Id: r.GetString(0), Answer: r.GetString(1)), cancellationToken))
            .ToLookup(e => e.Id, e => e.Answer, StringComparer.Ordinal);
        return counts
            .Select(c => new MisconceptionFrequency(
                c.Id, misconceptions.TryGetValue(c.Id, out var known) ? known.Name : c.Id, c.Attempts, c.Students, examples[c.Id].ToList()))
            .OrderByDescending(m => m.Attempts)
            .ThenBy(m => m.MisconceptionId, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<List<ItemAnalysis>> ReadItemsAsync(ReportQuery query, Func<string, string> sql, CancellationToken cancellationToken)
    {
        var wrong = (await query.ReadAsync(sql(ClassReportSql.WrongAnswers), r => (Id: r.GetString(0), Answer: new AnswerCount(r.GetString(1), ReportQuery.ReadCount(r, 2))), cancellationToken))
            .ToLookup(w => w.Id, w => w.Answer, StringComparer.Ordinal);
        var rows = await query.ReadAsync(sql(ClassReportSql.Items), r =>
        {
            var attempts = ReportQuery.ReadCount(r, 1);
            var learners = ReportQuery.ReadCount(r, 3);
            var discrimination = PointBiserial.FromSums(
                ReportQuery.ReadCount(r, 5), ReportQuery.ReadNumber(r, 6) ?? 0, ReportQuery.ReadNumber(r, 7) ?? 0,
                ReportQuery.ReadNumber(r, 8) ?? 0, ReportQuery.ReadNumber(r, 9) ?? 0);
            return (Id: r.GetString(0), Attempts: attempts, Hints: ReportQuery.ReadNumber(r, 2) ?? 0, Learners: learners,
                Facility: learners == 0 ? (double?)null : ReportQuery.ReadCount(r, 4) / (double)learners, Discrimination: discrimination);
        }, cancellationToken);
        return rows
            .Select(row => new ItemAnalysis(
                row.Id, row.Attempts, row.Learners, row.Facility, row.Discrimination,
                row.Attempts == 0 ? 0 : row.Hints / row.Attempts, wrong[row.Id].ToList(), Flag(row.Learners, row.Facility, row.Discrimination)))
            .ToList();
    }

    private ItemConcerns Flag(int learners, double? facility, double? discrimination)
    {
        if (learners < _thresholds.MinimumLearnersToFlag)
        {
            return ItemConcerns.None;
        }

        var flags = ItemConcerns.None;
        if (facility > _thresholds.TooEasyAbove)
        {
            flags |= ItemConcerns.TooEasy;
        }

        if (facility < _thresholds.TooHardBelow)
        {
            flags |= ItemConcerns.TooHard;
        }

        if (discrimination < 0)
        {
            flags |= ItemConcerns.NegativeDiscrimination;
        }

        return flags;
    }
}
