namespace ElectroTutor.Data.Migrations;

/// <summary>
/// Schema version 3: the review memory of each skill state (stability, last review, reviews and lapses), which spaced
/// revision needs, and a look-up of instructors by API-token hash. Existing skill states start with no review memory.
/// </summary>
internal static class V003ReviewMemory
{
    public static SchemaMigration Step { get; } = new(3, "review memory on skill states, instructor API-token index", """
        ALTER TABLE skill_states ADD COLUMN review_stability_days REAL NULL CHECK (review_stability_days > 0);
        ALTER TABLE skill_states ADD COLUMN last_reviewed_at TEXT NULL;
        ALTER TABLE skill_states ADD COLUMN reviews INTEGER NOT NULL DEFAULT 0 CHECK (reviews >= 0);
        ALTER TABLE skill_states ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0);
        CREATE UNIQUE INDEX ux_instructors_api_token ON instructors (api_token_hash) WHERE api_token_hash IS NOT NULL;
        """, """
        ALTER TABLE skill_states
            ADD COLUMN review_stability_days double precision NULL CHECK (review_stability_days > 0),
            ADD COLUMN last_reviewed_at timestamptz NULL,
            ADD COLUMN reviews integer NOT NULL DEFAULT 0 CHECK (reviews >= 0),
            ADD COLUMN lapses integer NOT NULL DEFAULT 0 CHECK (lapses >= 0);
        CREATE UNIQUE INDEX ux_instructors_api_token ON instructors (api_token_hash) WHERE api_token_hash IS NOT NULL;
        """);
}
