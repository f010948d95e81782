using Npgsql;

namespace ElectroTutor.Data.Tests;

/// <summary>
/// The PostgreSQL server the tests may use, from <c>ElectroTutor__TestPostgres</c>: a connection string for a role
/// allowed to create databases (e.g. <c>Host=127.0.0.1;Username=electrotutor;Password=…;Database=postgres</c>).
/// <c>.ci/run</c> starts a local server and sets it, so in CI the PostgreSQL variants run.
/// </summary>
internal static class TestPostgres
{
    public const string EnvironmentVariable = "ElectroTutor__TestPostgres";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL variants are skipped, or null when a server is configured.</summary>
    public static string? SkipReason => AdminConnectionString is null
        ? $"no PostgreSQL server: set {EnvironmentVariable} to a connection string for a role with CREATEDB (.ci/run does)"
        : null;

    /// <summary>Creates an empty database with a unique name; returns its connection string.</summary>
    public static string CreateDatabase(out string name)
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(SkipReason);
        name = "electrotutor_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\";";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing any connection still open to it.</summary>
    public static void DropDatabase(string name, string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);";
        command.ExecuteNonQuery();
    }
}
