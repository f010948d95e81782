using System.CommandLine;

namespace ElectroTutor.Cli.Database;

/// <summary><c>electrotutor db</c>: create or upgrade the database, describe it, back it up.</summary>
internal static class DatabaseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Command("db", "Manage the tutor database: migrate (create or upgrade), info, backup.");
        db.Add(DatabaseMigrateCommand.Create(output, error));
        db.Add(DatabaseInfoCommand.Create(output, error));
        db.Add(DatabaseBackupCommand.Create(output, error));
        return db;
    }
}
