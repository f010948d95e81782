namespace ElectroTutor.Data.Migrations;

/// <summary>One numbered step of the schema. Once released, a step's SQL never changes; later changes are new steps.</summary>
/// <param name="Version">The schema version the step produces; steps are numbered 1, 2, 3, … without gaps.</param>
/// <param name="Description">What the step adds, for <c>db info</c> and the version table.</param>
/// <param name="Sql">SQLite statements run in one transaction.</param>
public sealed record SchemaMigration(int Version, string Description, string Sql);
