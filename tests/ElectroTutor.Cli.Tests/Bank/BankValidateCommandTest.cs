namespace ElectroTutor.Cli.Tests.Bank;

public class BankValidateCommandTest
{
    [Fact]
    public void The_shipped_bank_is_sound()
    {
        var run = CliRun.Of("bank", "validate", "--seeds", "40");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("The bank is sound", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_bank_exits_1_naming_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("electrotutor-bank-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "templates"));
            File.WriteAllText(Path.Combine(folder, "skills.yaml"), "skills:\n  - id: a\n    name: A\n    description: A.\n    prerequisites: [b]\n");
            File.WriteAllText(Path.Combine(folder, "templates", "x.yaml"), "templates:\n  - id: Bad Id\n");
            var run = CliRun.Of("bank", "validate", "--data", folder);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("templates/x.yaml:2: template id 'Bad Id'", run.Output, StringComparison.Ordinal);
            Assert.Contains("unknown prerequisite 'b'", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
