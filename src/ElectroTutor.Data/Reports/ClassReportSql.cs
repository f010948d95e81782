namespace ElectroTutor.Data.Reports;

/// <summary>
/// The report's queries, written once for SQLite and PostgreSQL alike. Every aggregate is computed by the database:
/// C# only reads one row per student, per (student, skill), per template and per misconception.
/// <c>{period}</c> is replaced by the attempt-period condition (see <see cref="Period"/>).
/// </summary>
internal static class ClassReportSql
{
    public const string Class = """
        SELECT c.id, c.name, c.join_code, i.login_name
        FROM classes c JOIN instructors i ON i.id = c.instructor_id
        WHERE c.join_code = @code
        """;

    /// <summary>Per student: attempts and correct ones in the period, and the latest attempt ever.</summary>
    public const string Students = """
        SELECT l.id, l.display_name, p.attempts, p.correct, p.last_at
        FROM (
            SELECT e.learner_id,
                   SUM(CASE WHEN a.id IS NOT NULL AND {period} THEN 1 ELSE 0 END) AS attempts,
                   SUM(CASE WHEN a.id IS NOT NULL AND {period} AND {correct} THEN 1 ELSE 0 END) AS correct,
                   MAX(a.answered_at) AS last_at
            FROM enrollments e LEFT JOIN attempts a ON a.learner_id = e.learner_id
            WHERE e.class_id = @class
            GROUP BY e.learner_id
        ) p
        JOIN learners l ON l.id = p.learner_id
        """;

    /// <summary>The (student, skill) mastery matrix with whether each review is due.</summary>
    public const string SkillStates = """
        SELECT s.learner_id, s.skill_id, s.mastery, CASE WHEN s.next_review_at <= @now THEN 1 ELSE 0 END
        FROM skill_states s JOIN enrollments e ON e.learner_id = s.learner_id AND e.class_id = @class
        """;

    public const string SkillSummaries = """
        SELECT s.skill_id, COUNT(*), AVG(s.mastery),
               SUM(CASE WHEN s.mastery >= @mastered THEN 1 ELSE 0 END),
               SUM(CASE WHEN s.mastery < @needs_help THEN 1 ELSE 0 END),
               SUM(CASE WHEN s.next_review_at <= @now THEN 1 ELSE 0 END)
        FROM skill_states s JOIN enrollments e ON e.learner_id = s.learner_id AND e.class_id = @class
        GROUP BY s.skill_id
        """;

    public const string Misconceptions = """
        SELECT a.misconception_id, COUNT(*), COUNT(DISTINCT a.learner_id)
        FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
        WHERE a.misconception_id IS NOT NULL AND {period}
        GROUP BY a.misconception_id
        """;

    /// <summary>Up to three most frequent answers per misconception; ties go to the answer seen first.</summary>
    public const string MisconceptionExamples = """
        WITH counted AS (
            SELECT a.misconception_id AS k, TRIM(a.raw_answer) AS answer, COUNT(*) AS n, MIN(a.id) AS first_id
            FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
            WHERE a.misconception_id IS NOT NULL AND {period}
            GROUP BY a.misconception_id, TRIM(a.raw_answer)
        ), ranked AS (
            SELECT k, answer, n, ROW_NUMBER() OVER (PARTITION BY k ORDER BY n DESC, first_id) AS r FROM counted
        )
        SELECT k, answer, n FROM ranked WHERE r <= 3 ORDER BY k, r
        """;

    /// <summary>Up to three most frequent wrong answers per template.</summary>
    public const string WrongAnswers = """
        WITH counted AS (
            SELECT a.template_id AS k, TRIM(a.raw_answer) AS answer, COUNT(*) AS n, MIN(a.id) AS first_id
            FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
            WHERE NOT {correct} AND {period}
            GROUP BY a.template_id, TRIM(a.raw_answer)
        ), ranked AS (
            SELECT k, answer, n, ROW_NUMBER() OVER (PARTITION BY k ORDER BY n DESC, first_id) AS r FROM counted
        )
        SELECT k, answer, n FROM ranked WHERE r <= 3 ORDER BY k, r
        """;

    /// <summary>
    /// Per template: attempts, hints, learners and correct first attempts, and the sums from which the point-biserial
    /// correlation between first-attempt correctness (x) and the learner's proportion correct on their other
    /// templates (y) follows: n, Σx, Σy, Σxy, Σy². A learner's first attempt is correct when their earliest correct
    /// attempt is as early as their earliest attempt — a plain GROUP BY, cheaper than numbering rows in a window.
    /// </summary>
    public const string Items = """
        WITH per_learner AS (
            SELECT e.learner_id, a.template_id, COUNT(*) AS attempts, SUM(a.hints_used) AS hints,
                   CASE WHEN MIN(CASE WHEN {correct} THEN a.answered_at END) = MIN(a.answered_at) THEN 1 ELSE 0 END AS x
            FROM attempts a JOIN enrollments e ON e.learner_id = a.learner_id AND e.class_id = @class
            WHERE {period}
            GROUP BY e.learner_id, a.template_id
        ), totals AS (
            SELECT learner_id, SUM(x) AS total, COUNT(*) AS items FROM per_learner GROUP BY learner_id
        ), pairs AS (
            SELECT f.template_id, f.x, CAST(t.total - f.x AS DOUBLE PRECISION) / (t.items - 1) AS y
            FROM per_learner f JOIN totals t ON t.learner_id = f.learner_id
            WHERE t.items > 1
        ), usage AS (
            SELECT template_id, SUM(attempts) AS attempts, SUM(hints) AS hints, COUNT(*) AS learners, SUM(x) AS first_correct
            FROM per_learner GROUP BY template_id
        ), sums AS (
            SELECT template_id, COUNT(*) AS n, SUM(x) AS sx, SUM(y) AS sy, SUM(x * y) AS sxy, SUM(y * y) AS syy
            FROM pairs GROUP BY template_id
        )
        SELECT u.template_id, u.attempts, u.hints, u.learners, u.first_correct, COALESCE(s.n, 0), s.sx, s.sy, s.sxy, s.syy
        FROM usage u LEFT JOIN sums s ON s.template_id = u.template_id
        ORDER BY u.template_id
        """;

    /// <summary>An attempt counts as correct when graded correct, with or without a note.</summary>
    public const string Correct = "a.verdict IN ('Correct', 'CorrectWithNote')";

    /// <summary>The condition that keeps attempts in the period; parameters <c>@from</c> and <c>@to</c> only when bounded.</summary>
    public static string Period(bool hasFrom, bool hasTo) => (hasFrom, hasTo) switch
    {
        (true, true) => "(a.answered_at >= @from AND a.answered_at < @to)",
        (true, false) => "(a.answered_at >= @from)",
        (false, true) => "(a.answered_at < @to)",
        _ => "(1 = 1)",
    };
}
