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
        Description = $"The tutor database: a SQLite connection string or a file path (default: the {TutorDatabase.EnvironmentVariable} environment variable, else {TutorDatabase.DefaultFilePath}).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON." };

    public static TutorDatabase Resolve(ParseResult parse, Option<string> database) =>
        TutorDatabase.FromOptionOrEnvironment(parse.GetValue(database));

    /// <summary>Runs <paramref name="action"/>, turning a database that cannot be used into one line and exit code 1.</summary>
    public static async Task<int> Guard(string command, TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (TutorDatabaseException exception)
        {
            await error.WriteLineAsync($"electrotutor {command}: {exception.Message}").ConfigureAwait(false);
            return ElectroTutorCommand.InputError;
        }
    }

    /// <summary>For commands that read or change records: the file must exist and be at this build's schema.</summary>
    public static void RequireCurrent(TutorDatabase database)
    {
        if (!database.Exists)
        {
            throw new TutorDatabaseException($"There is no database at {database.Location}; create it with 'electrotutor db migrate'.");
        }

        new SchemaMigrator(database).EnsureCurrent();
    }
}
