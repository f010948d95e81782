namespace ElectroTutor.Data.Migrations;

/// <summary>Every schema step this build knows, in order. Add a step at the end; never edit or remove one.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        V001LearnerRecords.Step,
        V002Classrooms.Step,
        V003ReviewMemory.Step,
        V004ReportIndexAndInstructorIdentities.Step,
        V005FewerWritesPerTurn.Step,
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int Latest => All[^1].Version;
}
