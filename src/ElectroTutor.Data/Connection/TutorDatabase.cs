using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ElectroTutor.Data.Connection;

/// <summary>
/// Where the tutor's database is and how to open it. One connection string named <c>Tutor</c> configures every host:
/// <c>ConnectionStrings:Tutor</c> in configuration, <c>ConnectionStrings__Tutor</c> in the environment, or a
/// command-line option. <c>Database:Provider</c> (<c>Database__Provider</c>) says how to read it: <c>Sqlite</c> (the
/// default: a connection string or a bare file path; without any, <c>tutor.db</c> in the user's local application-data
/// folder) or <c>Postgres</c> (an Npgsql connection string, required).
/// SQLite connections have foreign keys on and a busy timeout; file databases run in WAL mode once migrated.
/// </summary>
public sealed class TutorDatabase
{
    /// <summary>The name of the connection string in configuration.</summary>
    public const string ConnectionStringName = "Tutor";

    /// <summary>The environment variable that holds the connection string.</summary>
    public const string EnvironmentVariable = "ConnectionStrings__Tutor";

    /// <summary>The environment variable for the <c>Database:Provider</c> setting.</summary>
    public const string ProviderEnvironmentVariable = "Database__Provider";

    private const int DefaultTimeoutSeconds = 5;

    private readonly Lazy<PooledDbContextFactory<TutorDbContext>> _contexts;

    private TutorDatabase(DatabaseProvider provider, string connectionString, string? filePath, string location, int busyTimeoutMs)
    {
        Provider = provider;
        ConnectionString = connectionString;
        FilePath = filePath;
        Location = location;
        BusyTimeoutMs = busyTimeoutMs;
        // Pooled: setting up a fresh context costs more than most of the statements a store runs with it.
        _contexts = new(() => new PooledDbContextFactory<TutorDbContext>(provider == DatabaseProvider.Postgres
            ? new DbContextOptionsBuilder<TutorDbContext>().UseNpgsql(ConnectionString).Options
            : new DbContextOptionsBuilder<TutorDbContext>()
                .UseSqlite(ConnectionString)
                .AddInterceptors(new SqlitePragmaInterceptor(this))
                .Options));
    }

    /// <summary>The engine the connection string is for.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The full connection string used to open connections.</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file's full path; null for an in-memory SQLite database and for PostgreSQL.</summary>
    public string? FilePath { get; }

    /// <summary>How long a statement waits for another process's lock (SQLite) or to finish (PostgreSQL), in milliseconds.</summary>
    public int BusyTimeoutMs { get; }

    /// <summary>
    /// For tests: a page limit applied to every SQLite connection as it opens (<c>PRAGMA max_page_count</c>), so a
    /// test can act out a full disk. Null leaves SQLite's default.
    /// </summary>
    internal long? SqliteMaxPageCount { get; set; }

    /// <summary>The file, "(in memory)", or the PostgreSQL server and database as <c>postgresql://host:port/database</c> (never the password), for messages.</summary>
    public string Location { get; }

    /// <summary>True when the SQLite file exists (always true in memory and for PostgreSQL, whose server is asked on use).</summary>
    public bool Exists => FilePath is null || File.Exists(FilePath);

    /// <summary>The default database file: <c>ElectroTutor/tutor.db</c> under the local application-data folder.</summary>
    public static string DefaultFilePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ElectroTutor", "tutor.db");

    /// <summary>
    /// The database given on the command line if any, else by <c>ConnectionStrings__Tutor</c>, else the default file;
    /// read as <c>Database__Provider</c> says.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The provider is unknown, or the connection string does not suit it.</exception>
    public static TutorDatabase FromOptionOrEnvironment(string? option) => Create(
        Environment.GetEnvironmentVariable(ProviderEnvironmentVariable),
        string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : option);

    /// <summary>Builds from the <c>Database:Provider</c> setting and the <c>Tutor</c> connection string, as configured.</summary>
    /// <exception cref="TutorDatabaseException">The provider is unknown, or the connection string does not suit it.</exception>
    public static TutorDatabase Create(string? provider, string? connectionString) => DatabaseProviders.Parse(provider) switch
    {
        DatabaseProvider.Postgres => FromPostgresConnectionString(connectionString, provider),
        _ => FromConnectionString(connectionString),
    };

    /// <summary>A SQLite database from a connection string or a bare file path; null or blank means the default file.</summary>
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

        return new TutorDatabase(DatabaseProvider.Sqlite, builder.ToString(), filePath, filePath ?? "(in memory)", builder.DefaultTimeout * 1000);
    }

    /// <summary>A PostgreSQL database from an Npgsql connection string naming at least the host.</summary>
    /// <exception cref="TutorDatabaseException">The connection string is missing, a file path, or not an Npgsql one.</exception>
    public static TutorDatabase FromPostgresConnectionString(string? configured, string? providerSetting = "Postgres")
    {
        var prefix = $"{DatabaseProviders.ConfigurationKey} is '{providerSetting}'";
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new TutorDatabaseException(
                $"{prefix}, but no {ConnectionStringName} connection string is set ({EnvironmentVariable} or --database), e.g. Host=127.0.0.1;Database=electrotutor;Username=…;Password=….");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured.Trim());
        }
        catch (ArgumentException exception)
        {
            throw new TutorDatabaseException($"{prefix}, but the {ConnectionStringName} connection string is not a PostgreSQL one (a file path is for SQLite): {exception.Message}", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new TutorDatabaseException(
                $"{prefix}, but the {ConnectionStringName} connection string names no Host (a file path is for SQLite), e.g. Host=127.0.0.1;Database=electrotutor;Username=…;Password=….");
        }

        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? string.Empty : builder.Database;
        var location = $"postgresql://{builder.Host}:{builder.Port}/{database}";
        return new TutorDatabase(DatabaseProvider.Postgres, builder.ConnectionString, filePath: null, location, builder.CommandTimeout * 1000);
    }

    /// <summary>
    /// Opens a connection (SQLite: with the pragmas applied, creating the folder of a new file), but not the schema:
    /// that is <see cref="Migrations.SchemaMigrator"/>'s job.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The database cannot be opened.</exception>
    public DbConnection Open()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var postgres = new NpgsqlConnection(ConnectionString);
            try
            {
                postgres.Open();
                return postgres;
            }
            catch (NpgsqlException exception)
            {
                postgres.Dispose();
                throw PostgresFailure.Explain(exception, Location);
            }
        }

        if (FilePath is not null && Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            SqlitePragmaInterceptor.Apply(connection, this);
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
    /// database for a lock, a read-only or unopenable file, a file that is not a database, a full disk, a change
    /// referring to a row that does not exist or carrying a value the schema refuses, or a server that cannot be reached
    /// or refuses the login; otherwise <paramref name="exception"/> itself (a duplicate key is left to the stores).
    /// </summary>
    public Exception Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var explained = (exception as DbException ?? exception.InnerException as DbException) switch
        {
            SqliteException sqlite => SqliteFailure.Explain(sqlite, Location),
            NpgsqlException postgres => PostgresFailure.Explain(postgres, Location),
            _ => exception,
        };
        return explained is TutorDatabaseException ? explained : exception;
    }

    /// <summary>Keeps the context's connection out of the connection pool once it is closed (after a failure that may have left it mid-transaction).</summary>
    internal static void DiscardConnection(TutorDbContext context)
    {
        switch (context.Database.GetDbConnection())
        {
            case SqliteConnection sqlite:
                SqliteConnection.ClearPool(sqlite);
                break;
            case NpgsqlConnection postgres:
                NpgsqlConnection.ClearPool(postgres);
                break;
        }
    }

    internal TutorDbContext CreateContext() => _contexts.Value.CreateDbContext();
}
