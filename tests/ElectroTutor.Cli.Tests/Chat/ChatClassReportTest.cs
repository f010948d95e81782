using System.Text.Json;
using ElectroTutor.Cli.Tests.Database;

namespace ElectroTutor.Cli.Tests.Chat;

public sealed class ChatClassReportTest
{
    [Fact]
    public void A_linked_instructor_gets_the_class_summary_in_the_terminal_and_a_student_does_not()
    {
        using var db = new TempDatabaseFile();
        var seed = CliRun.Of("demo", "seed", "--students", "3", "--days", "2", "--until", "2026-11-20", "--instructor", "grace", "--json", "--database", db.Path);
        Assert.True(seed.ExitCode == 0, seed.Error);
        using var seeded = JsonDocument.Parse(seed.Output);
        var code = seeded.RootElement.GetProperty("joinCode").GetString()!;
        Assert.Equal(0, CliRun.Of("instructor", "link", "--login", "grace", "--channel", "terminal", "--user-id", "grace", "--database", db.Path).ExitCode);

        var instructor = CliRun.WithInput($"Grace\nclass report {code.ToLowerInvariant()}\nstop\n", "chat", "--user", "grace", "--database", db.Path);
        var student = CliRun.WithInput($"Sam\nclass report {code}\nstop\n", "chat", "--user", "sam", "--database", db.Path);

        Assert.True(instructor.ExitCode == 0, instructor.Error);
        Assert.Contains($"Demo class ({code})", instructor.Output, StringComparison.Ordinal);
        Assert.Contains("Students", instructor.Output, StringComparison.Ordinal);
        Assert.Contains("Most frequent misconception", instructor.Output, StringComparison.Ordinal);
        Assert.Contains($"instructor/classes/{code}", instructor.Output, StringComparison.Ordinal);
        Assert.True(student.ExitCode == 0, student.Error);
        Assert.Contains($"I can't find a class {code} that you teach.", student.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Most frequent misconception", student.Output, StringComparison.Ordinal);
    }
}
