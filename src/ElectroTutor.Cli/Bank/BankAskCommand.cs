using ElectroTutor.Data.Content;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Cli.Bank;

/// <summary>
/// <c>electrotutor bank ask "QUESTION" [--max N] [--json]</c>: the concept note the tutor would answer a free question
/// with, or why it would not answer, and the best-ranked notes with their scores — for authors tuning notes and aliases.
/// </summary>
internal static class BankAskCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = BankCommand.JsonOption();
        var question = new Argument<string>("QUESTION") { Description = "The learner's question, as typed (quote it)." };
        var max = new Option<int>("--max", "-n") { Description = "How many ranked notes to show (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("ask", "Answer a free question from the concept notes as the tutor would, with the ranked notes and their scores.") { question, data, max, json };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(max);
            if (count is < 1 or > 100)
            {
                error.WriteLine("electrotutor bank ask: --max must be between 1 and 100.");
                return ElectroTutorCommand.UsageError;
            }

            if (LoadLibrary(parse.GetValue(data), error) is not { } library)
            {
                return ElectroTutorCommand.InputError;
            }

            var text = parse.GetValue(question) ?? string.Empty;
            var answer = library.Answer(text);
            var matches = library.Search(text, count);
            output.WriteLine(parse.GetValue(json) ? ToJson(text, answer, matches).ToJsonString(Json.Options) : ForPeople(answer, matches));
            return 0;
        });
        return command;
    }

    private static ConceptLibrary? LoadLibrary(string? data, TextWriter error)
    {
        var folder = BankFolder.Find(data);
        if (folder is null)
        {
            error.WriteLine("electrotutor bank ask: cannot find the bank folder (data/skills.yaml); give it with --data DIR.");
            return null;
        }

        var concepts = BankFolder.LoadConcepts(folder, BankFolder.Load(folder).Bank?.Skills);
        foreach (var problem in concepts.Errors)
        {
            error.WriteLine(problem.ToString());
        }

        if (concepts.Library is null)
        {
            error.WriteLine($"electrotutor bank ask: the concept notes in {folder} have {concepts.Errors.Count} error(s); run 'electrotutor bank validate'.");
        }

        return concepts.Library;
    }

    private static string ForPeople(ConceptAnswer answer, IReadOnlyList<ConceptMatch> matches)
    {
        var lines = new List<string>();
        if (answer.Note is { } note)
        {
            lines.Add($"Answer: {note.Id} — {note.Title} (score {Number(answer.Score)})");
            lines.Add(string.Empty);
            lines.Add(note.Body);
        }
        else
        {
            lines.Add(answer.Status switch
            {
                ConceptAnswerStatus.NoContentWords => "No answer: the question has no content words to search with.",
                ConceptAnswerStatus.TooLong => $"No answer: the question is longer than {ConceptLibrary.MaximumQuestionCharacters} characters.",
                _ => "No answer: no note matches well enough (the tutor would say it has no note on that).",
            });
        }

        if (matches.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Ranked notes (score, share of the question's weight, matched words):");
            var width = matches.Max(m => m.Note.Id.Length);
            lines.AddRange(matches.Select((m, i) =>
                $"{i + 1,2}. {m.Note.Id.PadRight(width)}  {Number(m.Score),6}  {Number(m.Coverage),4}  {string.Join(' ', m.MatchedTerms)}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static JsonObject ToJson(string question, ConceptAnswer answer, IReadOnlyList<ConceptMatch> matches) => new()
    {
        ["question"] = question,
        ["status"] = JsonNamingPolicy.CamelCase.ConvertName(answer.Status.ToString()),
        ["answer"] = answer.Note is { } note
            ? new JsonObject { ["id"] = note.Id, ["title"] = note.Title, ["score"] = answer.Score, ["summary"] = note.Summary, ["body"] = note.Body, ["file"] = note.File }
            : null,
        ["matches"] = new JsonArray(matches.Select(m => (JsonNode?)new JsonObject
        {
            ["id"] = m.Note.Id,
            ["title"] = m.Note.Title,
            ["score"] = m.Score,
            ["coverage"] = m.Coverage,
            ["matchedTerms"] = new JsonArray(m.MatchedTerms.Select(t => (JsonNode?)t).ToArray()),
        }).ToArray()),
    };

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
