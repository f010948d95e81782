using System.Data.Common;
using System.Globalization;
using ElectroTutor.Data.Connection;
using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// The misconceptions a class showed on the templates of one skill, most frequent first, each with up to three of its
/// most frequent answers: the class report counts misconceptions over all templates, the skill view needs them per skill.
/// </summary>
public sealed class SkillMisconceptionQuery
{
    private const int ExamplesKept = 3;

    private readonly TutorDatabase _database;

    /// <summary>A query over <paramref name="database"/>.</summary>
    public SkillMisconceptionQuery(TutorDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Misconceptions diagnosed in the class's attempts at <paramref name="templateIds"/> within the period.</summary>
    /// <param name="classId">The class's id.</param>
    /// <param name="templateIds">The templates that exercise the skill; none gives an empty list.</param>
    /// <param name="misconceptions">The bank's misconceptions by id, for their names.</param>
    /// <param name="from">Count attempts from this time (inclusive); null for all.</param>
    /// <param name="to">Count attempts before this time (exclusive); null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<MisconceptionFrequency>> LoadAsync(
        long classId,
        IReadOnlyCollection<string> templateIds,
        IReadOnlyDictionary<string, Misconception> misconceptions,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templateIds);
        ArgumentNullException.ThrowIfNull(misconceptions);
        if (templateIds.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object>(StringComparer.Ordinal) { ["class"] = classId };
        var names = new List<string>();
        foreach (var (templateId, index) in templateIds.Select((t, i) => (t, i)))
        {
            // A closing letter keeps @tpl1x from matching inside @tpl11x when parameters are bound by name.
            var name = string.Create(CultureInfo.InvariantCulture, $"tpl{index}x");
            parameters[name] = templateId;
            names.Add("@" + name);
        }

        if (from is { } lower)
        {
            parameters["from"] = ReportQuery.Time(_database.Provider, lower);
        }

        if (to is { } upper)
        {
            parameters["to"] = ReportQuery.Time(_database.Provider, upper);
        }

        var sql = $"""
            SELECT a.misconception_id, TRIM(a.raw_answer), COUNT(*), MIN(a.id)
            FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
            WHERE a.misconception_id IS NOT NULL AND a.template_id IN ({string.Join(", ", names)}) AND {ClassReportSql.Period(from is not null, to is not null)}
            GROUP BY a.misconception_id, TRIM(a.raw_answer)
            """;
        await using DbConnection connection = _database.Open();
        var rows = await new ReportQuery(connection, parameters).ReadAsync(sql, r => (
            Id: r.GetString(0), Answer: r.GetString(1), Attempts: ReportQuery.ReadCount(r, 2), FirstId: r.GetInt64(3)), cancellationToken);
        var students = await new ReportQuery(connection, parameters).ReadAsync(
            $"""
            SELECT a.misconception_id, COUNT(DISTINCT a.learner_id)
            FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
            WHERE a.misconception_id IS NOT NULL AND a.template_id IN ({string.Join(", ", names)}) AND {ClassReportSql.Period(from is not null, to is not null)}
            GROUP BY a.misconception_id
            """,
            r => (Id: r.GetString(0), Students: ReportQuery.ReadCount(r, 1)), cancellationToken);
        var studentsById = students.ToDictionary(s => s.Id, s => s.Students, StringComparer.Ordinal);
        return rows
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => new MisconceptionFrequency(
                g.Key,
                misconceptions.TryGetValue(g.Key, out var known) ? known.Name : g.Key,
                g.Sum(r => r.Attempts),
                studentsById.GetValueOrDefault(g.Key),
                [.. g.OrderByDescending(r => r.Attempts).ThenBy(r => r.FirstId).Take(ExamplesKept).Select(r => r.Answer)]))
            .OrderByDescending(m => m.Attempts)
            .ThenBy(m => m.MisconceptionId, StringComparer.Ordinal)
            .ToList();
    }
}
