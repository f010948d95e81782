using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Charts;
using ElectroTutor.Tutoring.Experiments;

namespace ElectroTutor.Cli.Sim;

/// <summary>
/// <c>electrotutor sim whatif "K out 10" [--svg FILE] [--png FILE] [--json]</c>: runs a learner's what-if experiment as
/// the tutor's chat would, printing the explanation, the table and a text chart, and writing the chart as SVG or PNG
/// when asked, so authors can try phrasings and see what learners will see.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string[]>("TEXT") { Description = "What to simulate, e.g. \"K out 10\", \"TTX\", \"tetanus 50 Hz\"; nothing lists the choices.", Arity = ArgumentArity.ZeroOrMore };
        var svg = new Option<string?>("--svg") { Description = "Also write the chart as an SVG file.", HelpName = "FILE" };
        var png = new Option<string?>("--png") { Description = "Also write the chart as a PNG file (640 × 400).", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of text." };
        var command = new Command("whatif", "Run a what-if experiment as a learner would type it after 'simulate'.") { text, svg, png, json };
        command.SetAction(parse => Execute(string.Join(' ', parse.GetValue(text) ?? []), parse.GetValue(svg), parse.GetValue(png), parse.GetValue(json), output, error));
        return command;
    }

    private static int Execute(string text, string? svgPath, string? pngPath, bool json, TextWriter output, TextWriter error)
    {
        var parsed = WhatIfParser.Parse(text);
        if (!parsed.Succeeded)
        {
            if (parsed.Error.Kind == WhatIfParseErrorKind.Menu)
            {
                output.WriteLine(parsed.Error.Text);
                return 0;
            }

            error.WriteLine($"electrotutor sim whatif: {parsed.Error.Text}");
            return ElectroTutorCommand.InputError;
        }

        var result = WhatIfRunner.Run(parsed.Request);
        if ((svgPath is not null || pngPath is not null) && result.Chart is null)
        {
            error.WriteLine("electrotutor sim whatif: this experiment has no time course, so no chart file was written.");
        }
        else if (result.Chart is { } chart && Write(chart, svgPath, pngPath, error) is { } failure)
        {
            return failure;
        }

        if (json)
        {
            output.WriteLine(ToJson(result).ToJsonString(Json.Options));
            return 0;
        }

        output.WriteLine(result.Title);
        output.WriteLine();
        output.WriteLine(result.Explanation);
        output.WriteLine();
        output.WriteLine(result.Table);
        if (result.Chart is not null)
        {
            output.WriteLine();
            output.WriteLine(TextChartRenderer.Render(result.Chart));
        }

        return 0;
    }

    private static int? Write(LineChart chart, string? svgPath, string? pngPath, TextWriter error)
    {
        try
        {
            if (svgPath is not null)
            {
                File.WriteAllText(svgPath, SvgChartRenderer.Render(chart));
            }

            if (pngPath is not null)
            {
                File.WriteAllBytes(pngPath, PngChartRenderer.Render(chart));
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"electrotutor sim whatif: cannot write the chart: {exception.Message}");
            return ElectroTutorCommand.InputError;
        }
    }

    private static JsonObject ToJson(WhatIfResult result)
    {
        var quantities = new JsonArray();
        foreach (var q in result.Quantities)
        {
            quantities.Add(new JsonObject
            {
                ["name"] = q.Name,
                ["unit"] = q.Unit,
                ["normal"] = double.IsFinite(q.Normal) ? q.Normal : null,
                ["new"] = double.IsFinite(q.Changed) ? q.Changed : null,
                ["normalText"] = q.NormalText,
                ["newText"] = q.ChangedText,
            });
        }

        var series = new JsonArray();
        foreach (var s in result.Series)
        {
            series.Add(new JsonObject
            {
                ["name"] = s.Name,
                ["xUnit"] = s.XUnit,
                ["yUnit"] = s.YUnit,
                ["points"] = new JsonArray(s.Points.Select(p => (JsonNode)new JsonArray(p.X, p.Y)).ToArray()),
            });
        }

        return new JsonObject
        {
            ["experiment"] = result.Request.Experiment.ToString(),
            ["title"] = result.Title,
            ["explanation"] = result.Explanation,
            ["quantities"] = quantities,
            ["series"] = series,
        };
    }
}
