using System.CommandLine;
using ElectroTutor.Cli.Output;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Bank;

/// <summary><c>electrotutor bank sample --template ID --seed N [--json]</c>: an item as a learner sees it, with its answer and worked solution.</summary>
internal static class BankSampleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = BankCommand.JsonOption();
        var template = new Option<string>("--template", "-t") { Description = "Template id (see 'bank list').", Required = true };
        var seed = new Option<long>("--seed", "-s") { Description = "Seed; the same seed always gives the same item.", DefaultValueFactory = _ => 1 };
        var command = new Command("sample", "Show an item as a learner sees it, with answer, tolerance, parameters, hints and solution.") { data, template, seed, json };
        command.SetAction(parse =>
        {
            if (BankCommand.LoadOrReport(parse.GetValue(data), error) is not { } bank
                || Generate(bank, parse.GetValue(template)!, parse.GetValue(seed), error) is not { } item)
            {
                return ElectroTutorCommand.InputError;
            }

            output.WriteLine(parse.GetValue(json) ? TemplateJson.Item(item).ToJsonString(Json.Options) : ItemText.ForAuthors(item));
            return 0;
        });
        return command;
    }

    public static Item? Generate(QuestionBank bank, string templateId, long seed, TextWriter error)
    {
        if (!bank.TryGetTemplate(templateId, out var template))
        {
            error.WriteLine($"electrotutor bank: there is no template '{templateId}'; 'electrotutor bank list' shows them.");
            return null;
        }

        var result = new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed);
        if (result.Item is null)
        {
            error.WriteLine($"electrotutor bank: {result.Error}");
        }

        return result.Item;
    }
}
