namespace ElectroTutor.Data.Migrations;

/// <summary>
/// Schema version 5: fewer pages written per answered turn. On SQLite, skill states are stored in their key's own
/// B-tree (<c>WITHOUT ROWID</c>), so an upsert changes one tree instead of a table and its key index; the table is
/// rebuilt with every row and column kept. On both providers the attempts' index on the learner alone goes, because
/// the report index of version 4 starts with the learner and serves the same look-ups and the cascade from learners.
/// </summary>
internal static class V005FewerWritesPerTurn
{
    public static SchemaMigration Step { get; } = new(5, "skill states keyed without a rowid, redundant learner index on attempts dropped", """
        CREATE TABLE skill_states_by_key (
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
            skill_id TEXT NOT NULL,
            mastery REAL NOT NULL CHECK (mastery >= 0 AND mastery <= 1),
            attempts INTEGER NOT NULL DEFAULT 0,
            correct INTEGER NOT NULL DEFAULT 0 CHECK (correct <= attempts),
            last_practiced_at TEXT NULL,
            next_review_at TEXT NULL,
            review_stability_days REAL NULL CHECK (review_stability_days > 0),
            last_reviewed_at TEXT NULL,
            reviews INTEGER NOT NULL DEFAULT 0 CHECK (reviews >= 0),
            lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
            PRIMARY KEY (learner_id, skill_id)
        ) WITHOUT ROWID;
        INSERT INTO skill_states_by_key (learner_id, skill_id, mastery, attempts, correct, last_practiced_at, next_review_at, review_stability_days, last_reviewed_at, reviews, lapses)
            SELECT learner_id, skill_id, mastery, attempts, correct, last_practiced_at, next_review_at, review_stability_days, last_reviewed_at, reviews, lapses FROM skill_states;
        DROP TABLE skill_states;
        ALTER TABLE skill_states_by_key RENAME TO skill_states;

        DROP INDEX ix_attempts_learner;
        """, """
        DROP INDEX ix_attempts_learner;
        """);
}
