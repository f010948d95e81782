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

    /// <summary>Runs with <paramref name="input"/> as standard input (scripted use).</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ElectroTutorCommand.Run(args, output, error, reader);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
