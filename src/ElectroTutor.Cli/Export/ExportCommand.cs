using System.CommandLine;

namespace ElectroTutor.Cli.Export;

/// <summary><c>electrotutor export</c>: stored records in formats for analysis.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var export = new Command("export", "Export stored records for analysis.");
        export.Add(ExportAttemptsCommand.Create(output, error));
        return export;
    }
}
