using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;

namespace ElectroTutor.Cli.Bank;

/// <summary><c>electrotutor bank list [--json]</c>: every template with its kind, skills and difficulty.</summary>
internal static class BankListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = BankCommand.JsonOption();
        var command = new Command("list", "List the templates with their kinds and skills.") { data, json };
        command.SetAction(parse =>
        {
            if (BankCommand.LoadOrReport(parse.GetValue(data), error) is not { } bank)
            {
                return ElectroTutorCommand.InputError;
            }

            if (parse.GetValue(json))
            {
                var list = bank.Templates.Select(t => (JsonNode?)new JsonObject
                {
                    ["id"] = t.Id,
                    ["kind"] = TemplateJson.Kind(t.Kind),
                    ["skills"] = new JsonArray(t.Skills.Select(s => (JsonNode?)s).ToArray()),
                    ["difficulty"] = t.Difficulty,
                    ["file"] = t.File,
                }).ToArray();
                output.WriteLine(new JsonArray(list).ToJsonString(Json.Options));
                return 0;
            }

            var width = bank.Templates.Max(t => t.Id.Length);
            foreach (var template in bank.Templates)
            {
                output.WriteLine($"{template.Id.PadRight(width)}  {TemplateJson.Kind(template.Kind),-8}  {template.Difficulty:0.00}  {string.Join(", ", template.Skills)}");
            }

            var numeric = bank.Templates.Count(t => t.Kind == Tutoring.Bank.Templates.TemplateKind.Numeric);
            output.WriteLine($"{bank.Templates.Count} templates ({numeric} numeric) over {bank.Skills.Skills.Count} skills.");
            return 0;
        });
        return command;
    }
}
