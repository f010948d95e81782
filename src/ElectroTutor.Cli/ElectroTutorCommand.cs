using System.CommandLine;
using ElectroTutor.Cli.Bank;
using ElectroTutor.Cli.Chat;
using ElectroTutor.Cli.Classes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Demo;
using ElectroTutor.Cli.Export;
using ElectroTutor.Cli.Instructors;
using ElectroTutor.Cli.Learners;
using ElectroTutor.Cli.LoadTest;
using ElectroTutor.Cli.Reports;
using ElectroTutor.Cli.Sim;

namespace ElectroTutor.Cli;

/// <summary>The <c>electrotutor</c> command line: one root, one subcommand per area.</summary>
internal static class ElectroTutorCommand
{
    /// <summary>Exit code for a command that ran but whose input was unusable (bad file, bad scenario).</summary>
    public const int InputError = 1;

    /// <summary>Exit code for a command line that could not be parsed.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for a failure of the program itself.</summary>
    public const int InternalError = 70;

    public static RootCommand Create(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = new RootCommand("ElectroTutor: an adaptive tutor for electrochemical gradients, nerve impulses and muscle contraction.");
        root.Add(SimCommand.Create(output, error));
        root.Add(BankCommand.Create(output, error));
        root.Add(Mastery.MasteryCommand.Create(output, error));
        root.Add(DatabaseCommand.Create(output, error));
        root.Add(LearnerCommand.Create(output, error));
        root.Add(ExportCommand.Create(output, error));
        root.Add(ChatCommand.Create(input ?? Console.In, output, error));
        root.Add(InstructorCommand.Create(output, error, input));
        root.Add(ClassCommand.Create(output, error));
        root.Add(ReportCommand.Create(output, error));
        root.Add(LoadTestCommand.Create(output, error));
        root.Add(DemoCommand.Create(output, error));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var parse = Create(output, error, input).Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parse.Invoke(configuration);
            return parse.Errors.Count > 0 ? UsageError : code;
        }
#pragma warning disable CA1031 // The last line of defence: a person gets one clear line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"electrotutor: internal error: {exception.Message}");
            return InternalError;
        }
    }
}
