namespace ElectroTutor.Cli.Tests;

/// <summary>Runs the electrotutor command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ElectroTutorCommand.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
