using System.Data.Common;
using System.Globalization;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests;

/// <summary>
/// A real, empty database deleted afterwards: a SQLite file in its own temporary folder, or a uniquely named database
/// on the test PostgreSQL server.
/// </summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string? _postgresName;

    /// <summary>A SQLite file; <paramref name="connectionSuffix"/> is appended to its connection string.</summary>
    public TempDatabase(string? connectionSuffix = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "electrotutor-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "tutor.db");
        Database = TutorDatabase.FromConnectionString(connectionSuffix is null ? FilePath : $"Data Source={FilePath};{connectionSuffix}");
    }

    private TempDatabase(string postgresName, string connectionString)
    {
        _postgresName = postgresName;
        Folder = Path.Combine(Path.GetTempPath(), "electrotutor-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = string.Empty;
        Database = TutorDatabase.FromPostgresConnectionString(connectionString);
    }

    /// <summary>A folder for files the test writes (backups), on either provider.</summary>
    public string Folder { get; }

    /// <summary>The SQLite file; empty on PostgreSQL.</summary>
    public string FilePath { get; }

    public TutorDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    public static TempDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TempDatabase();
        }

        var connectionString = TestPostgres.CreateDatabase(out var name);
        return new TempDatabase(name, connectionString);
    }

    public static TempDatabase Migrated(DatabaseProvider provider)
    {
        var database = Create(provider);
        new SchemaMigrator(database.Database).Migrate(TimeProvider.System);
        return database;
    }

    public static TempDatabase Migrated(string? connectionSuffix = null)
    {
        var database = new TempDatabase(connectionSuffix);
        new SchemaMigrator(database.Database).Migrate(TimeProvider.System);
        return database;
    }

    public long Count(string sql) => Convert.ToInt64(Scalar(sql), CultureInfo.InvariantCulture);

    public object? Scalar(string sql, string? name = null)
    {
        using var connection = Database.Open();
        return SchemaDialect.Scalar(connection, null, sql, name);
    }

    public bool HasTable(string table) => Convert.ToInt64(Scalar(SchemaDialect.For(Provider).HasTableSql, table), CultureInfo.InvariantCulture) > 0;

    public void Execute(string sql)
    {
        using DbConnection connection = Database.Open();
        SchemaDialect.Execute(connection, null, sql);
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            TestPostgres.DropDatabase(_postgresName, Database.ConnectionString);
        }
        else
        {
            // Only this database's pool: clearing every pool would close connections other tests are using.
            using var connection = new SqliteConnection(Database.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
