using System.Reflection;
using ElectroTutor.Data.Connection;
using Xunit.Sdk;

namespace ElectroTutor.Data.Tests;

/// <summary>Runs a theory taking a <see cref="DatabaseProvider"/> on SQLite, which is always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>
/// Runs a theory taking a <see cref="DatabaseProvider"/> on PostgreSQL, in a database of its own; reported as skipped,
/// with the reason, when no server is configured (see <see cref="TestPostgres"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public override string? Skip
    {
        get => TestPostgres.SkipReason;
        set { }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
