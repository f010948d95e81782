using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted with the folder afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase(string? connectionSuffix = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "electrotutor-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "tutor.db");
        Database = TutorDatabase.FromConnectionString(connectionSuffix is null ? FilePath : $"Data Source={FilePath};{connectionSuffix}");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public TutorDatabase Database { get; }

    public static TempDatabase Migrated(string? connectionSuffix = null)
    {
        var database = new TempDatabase(connectionSuffix);
        new SchemaMigrator(database.Database).Migrate(TimeProvider.System);
        return database;
    }

    public long Count(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
