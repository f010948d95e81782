using ElectroTutor.Data.Connection;

namespace ElectroTutor.Data.Migrations;

/// <summary>
/// One numbered step of the schema, written once per provider. Both scripts produce the same tables, columns, keys and
/// indexes (a test checks each against the EF model). Once released, a step's SQL never changes; later changes are new
/// steps.
/// </summary>
/// <param name="Version">The schema version the step produces; steps are numbered 1, 2, 3, … without gaps.</param>
/// <param name="Description">What the step adds, for <c>db info</c> and the version table.</param>
/// <param name="Sqlite">SQLite statements run in one transaction.</param>
/// <param name="Postgres">PostgreSQL statements run in one transaction.</param>
public sealed record SchemaMigration(int Version, string Description, string Sqlite, string Postgres)
{
    /// <summary>The step's statements for <paramref name="provider"/>.</summary>
    public string SqlFor(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;
}
