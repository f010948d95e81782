using System.CommandLine;

namespace ElectroTutor.Cli.Instructors;

/// <summary><c>electrotutor instructor</c>: the people who run classes and read reports.</summary>
internal static class InstructorCommand
{
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="input">Where <c>--password-stdin</c> reads from; standard input when null.</param>
    public static Command Create(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var instructor = new Command("instructor", "Manage instructors: add one with a password and/or an API token, link their chat identities.");
        instructor.Add(InstructorAddCommand.Create(output, error, input));
        instructor.Add(InstructorLinkCommand.Create(output, error));
        return instructor;
    }
}
