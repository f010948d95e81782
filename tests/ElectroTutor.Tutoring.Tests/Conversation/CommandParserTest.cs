using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class CommandParserTest
{
    [Theory]
    [InlineData("help", CommandKind.Help, "")]
    [InlineData("Help!", CommandKind.Help, "")]
    [InlineData("/start", CommandKind.Start, "")]
    [InlineData("next question please", CommandKind.Start, "")]
    [InlineData("quiz me on the pump", CommandKind.Quiz, "the pump")]
    [InlineData("Quiz me about T-tubules?", CommandKind.Quiz, "T-tubules")]
    [InlineData("practice nernst", CommandKind.Quiz, "nernst")]
    [InlineData("hint", CommandKind.Hint, "")]
    [InlineData("I'm stuck", CommandKind.Hint, "")]
    [InlineData("give up", CommandKind.Solution, "")]
    [InlineData("show the answer", CommandKind.Solution, "")]
    [InlineData("skip", CommandKind.Skip, "")]
    [InlineData("why?", CommandKind.Explain, "")]
    [InlineData("simulate K out 10", CommandKind.Simulate, "K out 10")]
    [InlineData("what if TTX", CommandKind.Simulate, "TTX")]
    [InlineData("join ABC123", CommandKind.Join, "ABC123")]
    [InlineData("join class k7qm2p", CommandKind.Join, "k7qm2p")]
    [InlineData("call me Ada", CommandKind.Name, "Ada")]
    [InlineData("my name is Ada Lovelace.", CommandKind.Name, "Ada Lovelace")]
    [InlineData("reset", CommandKind.Reset, "")]
    [InlineData("bye", CommandKind.Stop, "")]
    [InlineData("yes", CommandKind.Yes, "")]
    [InlineData("progress", CommandKind.Progress, "")]
    [InlineData("revise", CommandKind.Revise, "")]
    [InlineData("topics", CommandKind.Topics, "")]
    public void Reads_commands(string text, CommandKind kind, string argument)
    {
        var command = CommandParser.Parse(text);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("-89 mV")]
    [InlineData("B")]
    [InlineData("C A B D")]
    [InlineData("the K+ channels open")]
    [InlineData("why does K+ leave the cell?")]
    [InlineData("I am confused")]
    public void Leaves_answers_and_questions_alone(string text) =>
        Assert.Equal(CommandKind.None, CommandParser.Parse(text).Kind);
}
