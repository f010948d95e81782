using ElectroTutor.Data.Connection;

namespace ElectroTutor.Data.Tests.Migrations;

/// <summary>
/// A frozen copy of what the version-4 build added on each provider (the report index on attempts and instructor chat
/// identities), kept apart from the product's steps so that an edit to a released step fails the upgrade test. It goes
/// on top of <see cref="Version3Schema"/>; <see cref="Rows"/> go in after it.
/// </summary>
internal static class Version4Schema
{
    /// <summary>What version 4 added to a version-3 database.</summary>
    public static string StepSqlFor(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? PostgresSql : SqliteSql;

    /// <summary>A second learner with two skill states and an attempt, so a rebuilt table has rows in key order to keep.</summary>
    public const string Rows = """

        INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES (9, 'webchat', 'u-ben', 'Ben', '2026-11-19 10:00:00+00:00');
        INSERT INTO skill_states (learner_id, skill_id, mastery, attempts, correct, last_practiced_at, next_review_at, review_stability_days, last_reviewed_at, reviews, lapses)
            VALUES (9, 'sodium-potassium-pump', 0.95, 6, 5, '2026-11-19 10:05:00+00:00', '2026-11-22 10:05:00+00:00', 3, '2026-11-19 10:05:00+00:00', 1, 0);
        INSERT INTO skill_states (learner_id, skill_id, mastery, attempts, correct, last_practiced_at, next_review_at, review_stability_days, last_reviewed_at, reviews, lapses)
            VALUES (9, 'goldman-equation', 0.25, 2, 0, '2026-11-19 10:03:00+00:00', NULL, NULL, NULL, 0, 0);
        INSERT INTO attempts (learner_id, channel_id, activity_id, template_id, seed, raw_answer, parsed_value, parsed_unit, verdict, hints_used, response_time_ms, answered_at)
            VALUES (9, 'webchat', 'act-ben-1', 'ghk-resting-potential', 11, '-70 mV', -70, 'mV', 'Correct', 0, 9000, '2026-11-19 10:03:00+00:00');
        """;

    private const string SqliteSql = """

        CREATE INDEX ix_attempts_learner_template ON attempts (learner_id, template_id, answered_at, verdict, hints_used);
        CREATE TABLE instructor_identities (
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            instructor_id INTEGER NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
            linked_at TEXT NOT NULL,
            PRIMARY KEY (channel_id, user_id)
        );
        CREATE INDEX ix_instructor_identities_instructor ON instructor_identities (instructor_id);
        INSERT INTO schema_versions VALUES (4, 'report index on attempts, instructor chat identities', '2026-11-20T00:00:00.0000000+00:00');
        """;

    private const string PostgresSql = """

        CREATE INDEX ix_attempts_learner_template ON attempts (learner_id, template_id, answered_at, verdict, hints_used);
        CREATE TABLE instructor_identities (
            channel_id text NOT NULL,
            user_id text NOT NULL,
            instructor_id bigint NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
            linked_at timestamptz NOT NULL,
            PRIMARY KEY (channel_id, user_id)
        );
        CREATE INDEX ix_instructor_identities_instructor ON instructor_identities (instructor_id);
        INSERT INTO schema_versions VALUES (4, 'report index on attempts, instructor chat identities', '2026-11-20 00:00:00+00');
        """;
}
