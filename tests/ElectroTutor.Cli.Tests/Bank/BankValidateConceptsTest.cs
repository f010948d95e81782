namespace ElectroTutor.Cli.Tests.Bank;

/// <summary><c>bank validate</c> checks the concept notes too: their front matter, their skills, and that every skill has one.</summary>
public class BankValidateConceptsTest
{
    [Fact]
    public void Note_problems_and_skills_without_notes_fail_validation()
    {
        var folder = Directory.CreateTempSubdirectory("electrotutor-notes-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "concepts"));
            File.WriteAllText(Path.Combine(folder, "skills.yaml"), "skills:\n  - id: a\n    name: A\n    description: A.\n    prerequisites: []\n  - id: b\n    name: B\n    description: B.\n    prerequisites: []\n");
            File.WriteAllText(Path.Combine(folder, "concepts", "x.md"), "---\nid: x\ntitle: X\nskills: [a, c]\n---\n" + string.Join(' ', Enumerable.Repeat("word", 40)) + "\n");
            var run = CliRun.Of("bank", "validate", "--data", folder, "--seeds", "1");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("concepts/x.md:4: unknown skill 'c'", run.Output, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, "concepts", "x.md"), "---\nid: x\ntitle: X\nskills: [a]\n---\n" + string.Join(' ', Enumerable.Repeat("word", 40)) + "\n");
            var second = CliRun.Of("bank", "validate", "--data", folder, "--seeds", "1", "--json");
            Assert.Equal(1, second.ExitCode);
            Assert.Contains("skill 'b' has no concept note", second.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("skill 'a' has no concept note", second.Output, StringComparison.Ordinal);
            Assert.Contains("\"conceptNotes\": 1", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
