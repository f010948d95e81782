namespace ElectroTutor.Data.Migrations;

/// <summary>Schema version 1: learners and what the tutor records about them.</summary>
internal static class V001LearnerRecords
{
    public static SchemaMigration Step { get; } = new(1, "learners, attempts, skill states, conversation states", """
        CREATE TABLE learners (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_learners_channel_user ON learners (channel_id, user_id);

        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
            channel_id TEXT NOT NULL,
            activity_id TEXT NULL,
            template_id TEXT NOT NULL,
            seed INTEGER NOT NULL,
            parameters_json TEXT NOT NULL DEFAULT '{}',
            raw_answer TEXT NOT NULL,
            parsed_value REAL NULL,
            parsed_unit TEXT NULL,
            verdict TEXT NOT NULL,
            misconception_id TEXT NULL,
            hints_used INTEGER NOT NULL DEFAULT 0 CHECK (hints_used >= 0),
            response_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (response_time_ms >= 0),
            answered_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_attempts_channel_activity ON attempts (channel_id, activity_id) WHERE activity_id IS NOT NULL;
        CREATE INDEX ix_attempts_learner ON attempts (learner_id);

        CREATE TABLE skill_states (
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
            skill_id TEXT NOT NULL,
            mastery REAL NOT NULL CHECK (mastery >= 0 AND mastery <= 1),
            attempts INTEGER NOT NULL DEFAULT 0,
            correct INTEGER NOT NULL DEFAULT 0 CHECK (correct <= attempts),
            last_practiced_at TEXT NULL,
            next_review_at TEXT NULL,
            PRIMARY KEY (learner_id, skill_id)
        );

        CREATE TABLE conversation_states (
            learner_id INTEGER NOT NULL PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
            state_json TEXT NOT NULL,
            version INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );
        """);
}
