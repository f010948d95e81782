using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Connection;

/// <summary>
/// Where the tutor's database is and how to open it. One connection string named <c>Tutor</c> configures every host:
/// <c>ConnectionStrings:Tutor</c> in configuration, <c>ConnectionStrings__Tutor</c> in the environment, or a
/// command-line option. A bare path is accepted as the data source. Without any, the file is
/// <c>tutor.db</c> in the user's local application-data folder.
/// Every connection has foreign keys on and a busy timeout; file databases run in WAL mode once migrated.
/// </summary>
public sealed class TutorDatabase
{
    /// <summary>The name of the connection string in configuration.</summary>
    public const string ConnectionStringName = "Tutor";

    /// <summary>The environment variable that holds the connection string.</summary>
    public const string EnvironmentVariable = "ConnectionStrings__Tutor";

    private const int DefaultTimeoutSeconds = 5;

    private readonly Lazy<DbContextOptions<TutorDbContext>> _contextOptions;

    private TutorDatabase(string connectionString, string? filePath, int busyTimeoutMs)
    {
        ConnectionString = connectionString;
        FilePath = filePath;
        BusyTimeoutMs = busyTimeoutMs;
        _contextOptions = new(() => new DbContextOptionsBuilder<TutorDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(BusyTimeoutMs))
            .Options);
    }

    /// <summary>The full connection string used to open connections.</summary>
    public string ConnectionString { get; }

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public string? FilePath { get; }

    /// <summary>How long a statement waits for another process's lock before failing, in milliseconds.</summary>
    public int BusyTimeoutMs { get; }

    /// <summary>The file, or a description of an in-memory database, for messages.</summary>
    public string Location => FilePath ?? "(in memory)";

    /// <summary>True when the database file exists (always true in memory).</summary>
    public bool Exists => FilePath is null || File.Exists(FilePath);

    /// <summary>The default database file: <c>ElectroTutor/tutor.db</c> under the local application-data folder.</summary>
    public static string DefaultFilePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ElectroTutor", "tutor.db");

    /// <summary>The environment variable for the <c>Database:Provider</c> setting.</summary>
    public const string ProviderEnvironmentVariable = "Database__Provider";

    /// <summary>
    /// The database given on the command line if any, else by <c>ConnectionStrings__Tutor</c>, else the default file.
    /// </summary>
    /// <exception cref="TutorDatabaseException"><c>Database__Provider</c> names a provider this build cannot use.</exception>
    public static TutorDatabase FromOptionOrEnvironment(string? option)
    {
        RequireSupportedProvider(Environment.GetEnvironmentVariable(ProviderEnvironmentVariable));
        return FromConnectionString(string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : option);
    }

    /// <summary>
    /// Accepts an unset provider or <c>Sqlite</c>. Anything else (PostgreSQL is planned) is refused rather than
    /// silently writing to a SQLite file the operator did not ask for.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The provider is not SQLite.</exception>
    public static void RequireSupportedProvider(string? provider)
    {
        if (!string.IsNullOrWhiteSpace(provider) && !string.Equals(provider.Trim(), "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new TutorDatabaseException($"Database:Provider is '{provider}', but this build stores data only in SQLite (Database:Provider=Sqlite or unset).");
        }
    }

    /// <summary>Builds from a connection string or a bare file path; null or blank means the default file.</summary>
    public static TutorDatabase FromConnectionString(string? configured)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? DefaultFilePath : configured.Trim();
        var builder = text.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(text)
            : new SqliteConnectionStringBuilder { DataSource = text };
        if (!text.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = DefaultTimeoutSeconds;
        }

        builder.ForeignKeys = true;
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        string? filePath = null;
        if (!inMemory)
        {
            filePath = Path.GetFullPath(builder.DataSource);
            builder.DataSource = filePath;
        }

        return new TutorDatabase(builder.ToString(), filePath, builder.DefaultTimeout * 1000);
    }

    /// <summary>
    /// Opens a connection with the pragmas applied, creating the folder of a new file (not the file's schema: that is
    /// <see cref="Migrations.SchemaMigrator"/>'s job).
    /// </summary>
    /// <exception cref="TutorDatabaseException">The file cannot be opened.</exception>
    public SqliteConnection Open()
    {
        if (FilePath is not null && Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            SqlitePragmaInterceptor.Apply(connection, BusyTimeoutMs);
            return connection;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw SqliteFailure.Explain(exception, Location);
        }
    }

    /// <summary>
    /// The exception to show for a failure while using this database: a <see cref="TutorDatabaseException"/> naming the
    /// file for a lock, a read-only or unopenable file, or a file that is not a database; otherwise
    /// <paramref name="exception"/> itself.
    /// </summary>
    public Exception Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var sqlite = exception as SqliteException ?? exception.InnerException as SqliteException;
        return sqlite is null ? exception : SqliteFailure.Explain(sqlite, Location) switch
        {
            TutorDatabaseException explained => explained,
            _ => exception,
        };
    }

    internal TutorDbContext CreateContext() => new(_contextOptions.Value);
}
