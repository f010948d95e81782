namespace ElectroTutor.Data.Migrations;

/// <summary>Schema version 2: instructors, their classes and who is enrolled.</summary>
internal static class V002Classrooms
{
    public static SchemaMigration Step { get; } = new(2, "instructors, classes, enrollments", """
        CREATE TABLE instructors (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            login_name TEXT NOT NULL,
            password_hash TEXT NULL,
            api_token_hash TEXT NULL,
            created_at TEXT NOT NULL,
            CHECK (password_hash IS NOT NULL OR api_token_hash IS NOT NULL)
        );
        CREATE UNIQUE INDEX ux_instructors_login ON instructors (login_name);

        CREATE TABLE classes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            join_code TEXT NOT NULL,
            instructor_id INTEGER NOT NULL REFERENCES instructors (id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_classes_join_code ON classes (join_code);

        CREATE TABLE enrollments (
            class_id INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
            learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
            enrolled_at TEXT NOT NULL,
            PRIMARY KEY (class_id, learner_id)
        );
        CREATE INDEX ix_enrollments_learner ON enrollments (learner_id);
        """);
}
