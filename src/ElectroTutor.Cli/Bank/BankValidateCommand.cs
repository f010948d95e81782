using ElectroTutor.Data.Content;
using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Validation;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Bank;

/// <summary>
/// <c>electrotutor bank validate [--seeds N] [--json]</c>: loads everything in data/, generates N items per template and
/// checks them, and checks the concept notes (front matter, skills, every skill explained by a note); prints every
/// problem as FILE:LINE: message and exits 0 only when the bank is sound.
/// </summary>
internal static class BankValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = BankCommand.JsonOption();
        var seeds = new Option<int>("--seeds") { Description = "Items to generate per template (default 200).", DefaultValueFactory = _ => 200 };
        var command = new Command("validate", "Check the whole bank: syntax, references, and many generated items per template.") { data, seeds, json };
        command.SetAction(parse =>
        {
            var seedCount = parse.GetValue(seeds);
            if (seedCount is < 1 or > 100_000)
            {
                error.WriteLine("electrotutor bank validate: --seeds must be between 1 and 100000.");
                return ElectroTutorCommand.UsageError;
            }

            var folder = BankFolder.Find(parse.GetValue(data));
            if (folder is null)
            {
                error.WriteLine("electrotutor bank validate: cannot find the bank folder (data/skills.yaml); give it with --data DIR.");
                return ElectroTutorCommand.InputError;
            }

            var loaded = BankFolder.Load(folder);
            var problems = loaded.Errors.ToList();
            if (loaded.Bank is { } bank)
            {
                problems.AddRange(Validate(bank, seedCount));
            }

            var concepts = BankFolder.LoadConcepts(folder, loaded.Bank?.Skills);
            problems.AddRange(concepts.Errors);
            if (concepts.Library is { } library && loaded.Bank is { } loadedBank)
            {
                problems.AddRange(ConceptLibraryLoader.CheckCoverage(library, loadedBank.Skills));
            }

            Report(output, problems, loaded.Bank, concepts.Library, seedCount, parse.GetValue(json));
            return problems.Count == 0 ? 0 : ElectroTutorCommand.InputError;
        });
        return command;
    }

    private static List<BankError> Validate(QuestionBank bank, int seedCount)
    {
        var validator = new BankValidator(new ItemGenerator(ScenarioCatalog.Default));
        var perTemplate = new IReadOnlyList<BankError>[bank.Templates.Count];
        Sim.BatchProgress.Run(bank.Templates.Count, i => perTemplate[i] = validator.ValidateTemplate(bank.Templates[i], seedCount));
        return BankValidator.ValidateCoverage(bank).Concat(perTemplate.SelectMany(p => p)).ToList();
    }

    private static void Report(TextWriter output, List<BankError> problems, QuestionBank? bank, ConceptLibrary? concepts, int seedCount, bool json)
    {
        if (json)
        {
            output.WriteLine(new JsonObject
            {
                ["sound"] = problems.Count == 0,
                ["templates"] = bank?.Templates.Count,
                ["itemsChecked"] = bank is null ? 0 : bank.Templates.Count * seedCount,
                ["conceptNotes"] = concepts?.Notes.Count,
                ["errors"] = new JsonArray(problems.Select(p => (JsonNode?)new JsonObject { ["file"] = p.File, ["line"] = p.Line, ["message"] = p.Message }).ToArray()),
            }.ToJsonString(Json.Options));
            return;
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(problems.Count == 0
            ? $"The bank is sound: {bank!.Templates.Count} templates over {bank.Skills.Skills.Count} skills and {bank.Misconceptions.Count} misconceptions; {bank.Templates.Count * seedCount} items generated and checked; {concepts!.Notes.Count} concept notes."
            : $"The bank has {problems.Count} problem(s).");
    }
}
