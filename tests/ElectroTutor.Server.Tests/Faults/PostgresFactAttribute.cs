namespace ElectroTutor.Server.Tests.Faults;

/// <summary>A test that needs the PostgreSQL server of <see cref="ScratchPostgres"/>; skipped, saying why, when none is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = ScratchPostgres.SkipReason;
}
