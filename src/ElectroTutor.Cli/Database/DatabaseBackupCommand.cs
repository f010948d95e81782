using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Operations;

namespace ElectroTutor.Cli.Database;

/// <summary>
/// <c>electrotutor db backup FILE</c>: a consistent copy through SQLite's online backup, safe while the server runs.
/// A PostgreSQL database is refused with a pointer to <c>pg_dump</c>.
/// </summary>
internal static class DatabaseBackupCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var file = new Argument<string>("FILE") { Description = "The new file to write; an existing file is never overwritten." };
        var command = new Command("backup", "Copy the live SQLite database to a new file with SQLite's online backup (for PostgreSQL use pg_dump).") { file, database, json };
        command.SetAction((parse, _) => DatabaseOptions.Guard("db backup", error, parse, database, source =>
        {
            var written = DatabaseBackup.Copy(source, parse.GetValue(file)!);
            output.WriteLine(parse.GetValue(json)
                ? new JsonObject { ["database"] = source.Location, ["backup"] = written }.ToJsonString(Json.Options)
                : $"Backed up {source.Location} to {written}.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
