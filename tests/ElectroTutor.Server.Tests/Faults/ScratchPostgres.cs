using Npgsql;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>
/// A scratch PostgreSQL database on the server named by <c>ElectroTutor__TestPostgres</c> (a connection string for a role
/// with CREATEDB, as the data tests use; <c>.ci/run</c> sets it), dropped on dispose.
/// </summary>
internal sealed class ScratchPostgres : IDisposable
{
    public const string EnvironmentVariable = "ElectroTutor__TestPostgres";

    private ScratchPostgres(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private static string? Admin => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests cannot run here, or null.</summary>
    public static string? SkipReason => Admin is null ? $"no PostgreSQL server: set {EnvironmentVariable} (.ci/run does)" : null;

    public static ScratchPostgres Create()
    {
        var name = "electrotutor_fault_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\";");
        return new ScratchPostgres(name, new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString);
    }

    /// <summary>Drops the database now, closing the connections still open to it (a database lost under a running server).</summary>
    public void Drop()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);");
    }

    public void Dispose() => Drop();

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Admin ?? throw new InvalidOperationException(SkipReason));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
