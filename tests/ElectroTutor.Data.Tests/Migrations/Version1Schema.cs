namespace ElectroTutor.Data.Tests.Migrations;

/// <summary>
/// A frozen copy of what the version-1 build wrote, kept apart from the product's step so that an edit to a released
/// step shows up as a failing upgrade test rather than silently changing history.
/// </summary>
internal static class Version1Schema
{
    public const string Sql = """
        CREATE TABLE schema_versions (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
        CREATE TABLE learners (
            id INTEGER PRIMARY KEY AUTOINCREMENT, channel_id TEXT NOT NULL, user_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        CREATE UNIQUE INDEX ux_learners_channel_user ON learners (channel_id, user_id);
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
            channel_id TEXT NOT NULL, activity_id TEXT NULL, template_id TEXT NOT NULL, seed INTEGER NOT NULL,
            parameters_json TEXT NOT NULL DEFAULT '{}', raw_answer TEXT NOT NULL, parsed_value REAL NULL,
            parsed_unit TEXT NULL, verdict TEXT NOT NULL, misconception_id TEXT NULL,
            hints_used INTEGER NOT NULL DEFAULT 0 CHECK (hints_used >= 0),
            response_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (response_time_ms >= 0),
            answered_at TEXT NOT NULL);
        CREATE UNIQUE INDEX ux_attempts_channel_activity ON attempts (channel_id, activity_id) WHERE activity_id IS NOT NULL;
        CREATE INDEX ix_attempts_learner ON attempts (learner_id);
        CREATE TABLE skill_states (
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE, skill_id TEXT NOT NULL,
            mastery REAL NOT NULL CHECK (mastery >= 0 AND mastery <= 1), attempts INTEGER NOT NULL DEFAULT 0,
            correct INTEGER NOT NULL DEFAULT 0 CHECK (correct <= attempts), last_practiced_at TEXT NULL,
            next_review_at TEXT NULL, PRIMARY KEY (learner_id, skill_id));
        CREATE TABLE conversation_states (
            learner_id INTEGER NOT NULL PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
            state_json TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL);
        INSERT INTO schema_versions VALUES (1, 'learners, attempts, skill states, conversation states', '2026-11-01T00:00:00.0000000+00:00');
        """;

    /// <summary>Rows a version-1 tutor would have written (timestamps in EF Core's SQLite text format).</summary>
    public const string Rows = """
        INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES (7, 'msteams', 'u-ada', 'Ada', '2026-11-02 09:00:00+00:00');
        INSERT INTO attempts (learner_id, channel_id, activity_id, template_id, seed, raw_answer, parsed_value, parsed_unit, verdict, hints_used, response_time_ms, answered_at)
            VALUES (7, 'msteams', 'act-1', 'nernst-potassium', 3, '-90 mV', -90, 'mV', 'Correct', 0, 8000, '2026-11-02 09:01:00+00:00');
        INSERT INTO skill_states VALUES (7, 'nernst', 0.6, 1, 1, '2026-11-02 09:01:00+00:00', NULL);
        INSERT INTO conversation_states VALUES (7, '{"step":"ask"}', 3, '2026-11-02 09:01:00+00:00');
        """;
}
