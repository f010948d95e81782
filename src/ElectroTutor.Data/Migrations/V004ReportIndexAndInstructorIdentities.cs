namespace ElectroTutor.Data.Migrations;

/// <summary>
/// Schema version 4: a covering index for the class report's per-student, per-template attempt query (it groups by
/// learner and template and reads only the time, verdict and hints, so the index answers it without touching the
/// table), and the chat identities an instructor is linked to, so the tutor can answer "class report CODE" from them.
/// </summary>
internal static class V004ReportIndexAndInstructorIdentities
{
    public static SchemaMigration Step { get; } = new(4, "report index on attempts, instructor chat identities", """
        CREATE INDEX ix_attempts_learner_template ON attempts (learner_id, template_id, answered_at, verdict, hints_used);

        CREATE TABLE instructor_identities (
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            instructor_id INTEGER NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
            linked_at TEXT NOT NULL,
            PRIMARY KEY (channel_id, user_id)
        );
        CREATE INDEX ix_instructor_identities_instructor ON instructor_identities (instructor_id);
        """, """
        CREATE INDEX ix_attempts_learner_template ON attempts (learner_id, template_id, answered_at, verdict, hints_used);

        CREATE TABLE instructor_identities (
            channel_id text NOT NULL,
            user_id text NOT NULL,
            instructor_id bigint NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
            linked_at timestamptz NOT NULL,
            PRIMARY KEY (channel_id, user_id)
        );
        CREATE INDEX ix_instructor_identities_instructor ON instructor_identities (instructor_id);
        """);
}
