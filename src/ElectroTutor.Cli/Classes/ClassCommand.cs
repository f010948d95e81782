using System.CommandLine;

namespace ElectroTutor.Cli.Classes;

/// <summary><c>electrotutor class</c>: classes learners join with a code.</summary>
internal static class ClassCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var classes = new Command("class", "Manage classes: create one for an instructor (with its join code), list them.");
        classes.Add(ClassCreateCommand.Create(output, error));
        classes.Add(ClassListCommand.Create(output, error));
        return classes;
    }
}
