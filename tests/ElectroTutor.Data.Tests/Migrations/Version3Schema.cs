using ElectroTutor.Data.Connection;

namespace ElectroTutor.Data.Tests.Migrations;

/// <summary>
/// A frozen copy of what the version-3 build wrote on each provider (version 2 plus review memory on skill states and
/// the API-token index), kept apart from the product's steps so that an edit to a released step fails the upgrade test.
/// Version 2's rows go in before the step (their inserts list no columns), <see cref="Rows"/> after it.
/// </summary>
internal static class Version3Schema
{
    /// <summary>What version 3 added to a version-2 database.</summary>
    public static string StepSqlFor(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? PostgresSql : SqliteSql;

    /// <summary>Review memory for version 2's skill state.</summary>
    public const string Rows = """

        UPDATE skill_states SET review_stability_days = 3.5, last_reviewed_at = '2026-11-02 09:01:00+00:00', reviews = 2, lapses = 1 WHERE learner_id = 7;
        """;

    private const string SqliteSql = """

        ALTER TABLE skill_states ADD COLUMN review_stability_days REAL NULL CHECK (review_stability_days > 0);
        ALTER TABLE skill_states ADD COLUMN last_reviewed_at TEXT NULL;
        ALTER TABLE skill_states ADD COLUMN reviews INTEGER NOT NULL DEFAULT 0 CHECK (reviews >= 0);
        ALTER TABLE skill_states ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0);
        CREATE UNIQUE INDEX ux_instructors_api_token ON instructors (api_token_hash) WHERE api_token_hash IS NOT NULL;
        INSERT INTO schema_versions VALUES (3, 'review memory on skill states, instructor API-token index', '2026-11-15T00:00:00.0000000+00:00');
        """;

    private const string PostgresSql = """

        ALTER TABLE skill_states
            ADD COLUMN review_stability_days double precision NULL CHECK (review_stability_days > 0),
            ADD COLUMN last_reviewed_at timestamptz NULL,
            ADD COLUMN reviews integer NOT NULL DEFAULT 0 CHECK (reviews >= 0),
            ADD COLUMN lapses integer NOT NULL DEFAULT 0 CHECK (lapses >= 0);
        CREATE UNIQUE INDEX ux_instructors_api_token ON instructors (api_token_hash) WHERE api_token_hash IS NOT NULL;
        INSERT INTO schema_versions VALUES (3, 'review memory on skill states, instructor API-token index', '2026-11-15 00:00:00+00');
        """;
}
