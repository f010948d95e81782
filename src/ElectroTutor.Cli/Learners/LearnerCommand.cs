using System.CommandLine;

namespace ElectroTutor.Cli.Learners;

/// <summary><c>electrotutor learner</c>: act on one learner's records.</summary>
internal static class LearnerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var learner = new Command("learner", "Act on one learner's stored records.");
        learner.Add(LearnerForgetCommand.Create(output, error));
        return learner;
    }
}
