using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Checking;

namespace ElectroTutor.Cli.Bank;

/// <summary>
/// <c>electrotutor bank check --template ID --seed N --answer TEXT [--json]</c>: the verdict as the tutor would give it,
/// with the diagnosed misconception, the expected and understood values, and the feedback.
/// </summary>
internal static class BankCheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = BankCommand.JsonOption();
        var template = new Option<string>("--template", "-t") { Description = "Template id (see 'bank list').", Required = true };
        var seed = new Option<long>("--seed", "-s") { Description = "Seed of the item answered.", DefaultValueFactory = _ => 1 };
        var answer = new Option<string>("--answer", "-a") { Description = "The learner's answer, as typed.", Required = true };
        var command = new Command("check", "Judge an answer to an item as the tutor would: verdict, misconception, expected and understood values, feedback.") { data, template, seed, answer, json };
        command.SetAction(parse =>
        {
            var templateId = parse.GetValue(template)!;
            if (BankCommand.LoadOrReport(parse.GetValue(data), error) is not { } bank
                || BankSampleCommand.Generate(bank, templateId, parse.GetValue(seed), error) is not { } item)
            {
                return ElectroTutorCommand.InputError;
            }

            var verdict = new ItemChecker(bank).Check(item, parse.GetValue(answer));
            output.WriteLine(parse.GetValue(json) ? ToJson(verdict).ToJsonString(Json.Options) : ForPeople(verdict));
            return 0;
        });
        return command;
    }

    private static JsonObject ToJson(ItemVerdict verdict) => new()
    {
        ["verdict"] = JsonNamingPolicy.CamelCase.ConvertName(verdict.Verdict.ToString()),
        ["misconception"] = verdict.MisconceptionId,
        ["expected"] = new JsonObject { ["value"] = verdict.ExpectedValue, ["unit"] = verdict.ExpectedUnit, ["text"] = verdict.ExpectedText },
        ["parsed"] = new JsonObject { ["value"] = verdict.ParsedValue, ["unit"] = verdict.ParsedUnit, ["text"] = verdict.ParsedText },
        ["feedback"] = verdict.Feedback,
        ["note"] = verdict.Note,
    };

    private static string ForPeople(ItemVerdict verdict)
    {
        // The feedback already ends with the verdict's note, if it has one.
        return string.Join(
            Environment.NewLine,
            $"{verdict.Verdict}{(verdict.MisconceptionId is { } id ? $" ({id})" : string.Empty)}: {verdict.Feedback}",
            $"Understood: {verdict.ParsedText ?? "—"}; expected: {verdict.ExpectedText}");
    }
}
