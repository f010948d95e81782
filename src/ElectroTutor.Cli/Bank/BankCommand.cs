using ElectroTutor.Data.Content;
using System.CommandLine;

namespace ElectroTutor.Cli.Bank;

/// <summary><c>electrotutor bank</c>: list, validate, sample and check the question bank; ask the concept notes.</summary>
internal static class BankCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var bank = new Command("bank", "Work with the question bank in data/: list templates, validate them, sample an item, check an answer, ask the concept notes.");
        bank.Add(BankListCommand.Create(output, error));
        bank.Add(BankValidateCommand.Create(output, error));
        bank.Add(BankSampleCommand.Create(output, error));
        bank.Add(BankCheckCommand.Create(output, error));
        bank.Add(BankAskCommand.Create(output, error));
        return bank;
    }

    public static Option<string> DataOption() => new("--data") { Description = "The bank folder (default: the nearest data/ holding skills.yaml)." };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON." };

    /// <summary>Loads the bank or prints why it cannot, returning null in that case.</summary>
    public static Tutoring.Bank.QuestionBank? LoadOrReport(string? data, TextWriter error)
    {
        var folder = BankFolder.Find(data);
        if (folder is null)
        {
            error.WriteLine("electrotutor bank: cannot find the bank folder (data/skills.yaml); give it with --data DIR.");
            return null;
        }

        var result = BankFolder.Load(folder);
        foreach (var problem in result.Errors)
        {
            error.WriteLine(problem.ToString());
        }

        if (result.Bank is null)
        {
            error.WriteLine($"electrotutor bank: the bank in {folder} has {result.Errors.Count} error(s); run 'electrotutor bank validate' for the full check.");
        }

        return result.Bank;
    }
}
