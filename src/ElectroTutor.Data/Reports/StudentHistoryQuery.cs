using System.Data.Common;
using ElectroTutor.Data.Connection;
using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// Reads one student's attempt history for the instructor's student view, but only for a student enrolled in the
/// given class: a learner of another class is reported as not found, the same as one that does not exist.
/// </summary>
public sealed class StudentHistoryQuery
{
    private const string StudentSql = """
        SELECT l.id, l.display_name
        FROM enrollments e JOIN learners l ON l.id = e.learner_id
        WHERE e.class_id = @class AND e.learner_id = @learner
        """;

    private const string AttemptsSql = """
        SELECT a.id, a.answered_at, a.template_id, a.seed, a.raw_answer, a.verdict, a.misconception_id, a.hints_used
        FROM attempts a
        WHERE a.learner_id = @learner
        ORDER BY a.answered_at, a.id
        """;

    private readonly TutorDatabase _database;

    /// <summary>A query over <paramref name="database"/>.</summary>
    public StudentHistoryQuery(TutorDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The student's history, or null when the learner is not enrolled in the class.</summary>
    /// <param name="classId">The class's id (already checked to belong to the asking instructor).</param>
    /// <param name="learnerId">The learner's id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<StudentHistory?> LoadAsync(long classId, long learnerId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal) { ["class"] = classId, ["learner"] = learnerId };
        await using DbConnection connection = _database.Open();
        var query = new ReportQuery(connection, parameters);
        var found = await query.ReadAsync(StudentSql, r => (Id: r.GetInt64(0), Name: r.GetString(1)), cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        var attempts = await query.ReadAsync(AttemptsSql, r => new StudentAttempt(
            r.GetInt64(0),
            ReportQuery.ReadTime(r, 1)!.Value,
            r.GetString(2),
            ReportQuery.ReadCount(r, 3),
            r.GetString(4),
            Enum.TryParse<AnswerVerdict>(r.GetString(5), out var verdict) ? verdict : AnswerVerdict.Unparseable,
            r.IsDBNull(6) ? null : r.GetString(6),
            ReportQuery.ReadCount(r, 7)), cancellationToken);
        return new StudentHistory(found[0].Id, found[0].Name, attempts);
    }
}
