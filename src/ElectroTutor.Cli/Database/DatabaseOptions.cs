using System.CommandLine;
using ElectroTutor.Data;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;

namespace ElectroTutor.Cli.Database;

/// <summary>The options every database command shares, and the one way they report a database that cannot be used.</summary>
internal static class DatabaseOptions
{
    public static Option<string> Database() => new("--database")
    {
        Description = $"The tutor database: a SQLite connection string or a file path, or with {TutorDatabase.ProviderEnvironmentVariable}=Postgres a PostgreSQL connection string (default: the {TutorDatabase.EnvironmentVariable} environment variable, else {TutorDatabase.DefaultFilePath}).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON." };

    private static TutorDatabase Resolve(ParseResult parse, Option<string> database) =>
        TutorDatabase.FromOptionOrEnvironment(parse.GetValue(database));

    /// <summary>
    /// Runs <paramref name="action"/> on the database the command line selects, turning a database that cannot be used
    /// (newer schema, foreign, locked, unreadable) into one line and exit code 1.
    /// </summary>
    public static async Task<int> Guard(string command, TextWriter error, ParseResult parse, Option<string> database, Func<TutorDatabase, Task<int>> action)
    {
        TutorDatabase? target = null;
        try
        {
            target = Resolve(parse, database);
            return await action(target).ConfigureAwait(false);
        }
        catch (TutorDatabaseException exception)
        {
            await error.WriteLineAsync($"electrotutor {command}: {exception.Message}").ConfigureAwait(false);
            return ElectroTutorCommand.InputError;
        }
#pragma warning disable CA1031 // Every failure is either explained here or rethrown unchanged.
        catch (Exception exception) when (target?.Explain(exception) is TutorDatabaseException explained)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"electrotutor {command}: {explained.Message}").ConfigureAwait(false);
            return ElectroTutorCommand.InputError;
        }
    }

    /// <summary>For commands that read or change records: the database must exist and be at this build's schema.</summary>
    public static void RequireCurrent(TutorDatabase database)
    {
        if (!database.Exists)
        {
            throw new TutorDatabaseException($"There is no database at {database.Location}; create it with 'electrotutor db migrate'.");
        }

        new SchemaMigrator(database).EnsureCurrent();
    }
}
