using System.Globalization;
using ElectroTutor.Tutoring.Charts;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using Spectre.Console;

namespace ElectroTutor.Cli.Chat;

/// <summary>
/// Shows replies in the terminal: coloured feedback, question panels and mastery bars on a terminal; the same content
/// as plain text when output is redirected; or one JSON object per reply with <c>--json</c>.
/// </summary>
internal sealed class ChatRenderer(IAnsiConsole console, TextWriter output, bool json)
{
    public void Show(IReadOnlyList<TutorReply> replies, IReadOnlyList<string> suggestions)
    {
        foreach (var reply in replies)
        {
            if (json)
            {
                output.WriteLine(ConversationJson.Serialize(reply));
                continue;
            }

            Render(reply);
        }

        if (json && suggestions.Count > 0)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { type = "suggestions", suggestions }, ConversationJson.Options));
        }
        else if (!json && suggestions.Count > 0)
        {
            console.MarkupLine($"[grey]Try: {Markup.Escape(string.Join(" · ", suggestions))}[/]");
        }

        if (!json)
        {
            console.WriteLine();
        }
    }

    public void Problem(string message)
    {
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { type = "error", message }, ConversationJson.Options));
            return;
        }

        console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
    }

    private void Render(TutorReply reply)
    {
        switch (reply)
        {
            case QuestionReply question:
                console.Write(new Panel(new Markup(ChatMarkup.From(question.Body())))
                    .Header(Markup.Escape($" {question.Title} "))
                    .BorderColor(Color.Blue));
                break;
            case FeedbackReply feedback:
                RenderFeedback(feedback.Feedback);
                break;
            case HintReply hint:
                console.MarkupLine($"[yellow]💡 Hint {hint.Number} of {hint.Of}:[/] {ChatMarkup.From(hint.Markdown)}");
                break;
            case SolutionReply solution:
                console.Write(new Panel(new Markup($"{ChatMarkup.From(solution.Markdown)}\n\n[bold]Answer:[/] {Markup.Escape(solution.Answer)}"))
                    .Header(" Worked solution ").BorderColor(Color.Teal));
                break;
            case ProgressReply progress:
                RenderProgress(progress.Progress);
                break;
            case ExperimentReply experiment:
                RenderExperiment(experiment);
                break;
            case ClassSummaryReply summary:
                RenderClassSummary(summary);
                break;
            case MenuReply menu:
                console.MarkupLine(ChatMarkup.From(menu.Markdown));
                foreach (var choice in menu.Choices)
                {
                    console.MarkupLine($"  {Markup.Escape(choice.Title)} [grey]— type[/] [cyan]{Markup.Escape(choice.Command)}[/]");
                }

                break;
            default:
                console.MarkupLine(ChatMarkup.From(reply.ToMarkdown()));
                break;
        }
    }

    private void RenderExperiment(ExperimentReply experiment)
    {
        console.MarkupLine($"[bold]🔬 {Markup.Escape(experiment.Title)}[/]");
        console.MarkupLine(ChatMarkup.From(experiment.Explanation));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Quantity").AddColumn(new TableColumn("Normal").RightAligned()).AddColumn(new TableColumn("Now").RightAligned()).AddColumn("Unit");
        foreach (var quantity in experiment.Quantities)
        {
            var now = quantity.Differs ? $"[yellow]{Markup.Escape(quantity.ChangedText)}[/]" : Markup.Escape(quantity.ChangedText);
            table.AddRow(new Markup(Markup.Escape(quantity.Name)), new Markup(Markup.Escape(quantity.NormalText)), new Markup(now), new Markup(Markup.Escape(quantity.Unit)));
        }

        console.Write(table);
        if (experiment.Chart is { } chart)
        {
            console.Write(new Text(TextChartRenderer.Render(chart)));
            console.WriteLine();
        }
    }

    private void RenderFeedback(FeedbackData feedback)
    {
        var (mark, colour) = feedback switch
        {
            { Correct: true } => ("✓", "green"),
            { Counted: false } => ("?", "yellow"),
            _ => ("✗", "red"),
        };
        console.MarkupLine($"[{colour} bold]{mark}[/] [{colour}]{ChatMarkup.From(feedback.Message)}[/]");
        if (feedback.Counted)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  [grey]{Markup.Escape(feedback.SkillName)}[/] {Bar(feedback.MasteryAfter)} {feedback.MasteryAfter:P0}"));
        }
    }

    private void RenderProgress(ProgressData progress)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Your progress")
            .AddColumn("Skill").AddColumn("Mastery").AddColumn(new TableColumn("%").RightAligned()).AddColumn("Status");
        foreach (var skill in progress.Skills)
        {
            table.AddRow(
                new Markup(Markup.Escape(skill.Name)),
                new Markup(Bar(skill.Mastery)),
                new Markup(string.Create(CultureInfo.InvariantCulture, $"{skill.Mastery * 100:0}")),
                new Markup(Status(skill)));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{progress.Mastered} of {progress.Skills.Count} mastered · {progress.ReviewsDue} review(s) due · {progress.CorrectInARow} right in a row (best {progress.BestCorrectInARow}) · {progress.DaysInARow} day(s) in a row"));
    }

    private static string Bar(double mastery)
    {
        var colour = mastery >= 0.95 ? "green" : mastery >= 0.6 ? "yellow" : "red";
        return $"[{colour}]{ProgressReply.Bar(mastery)}[/]";
    }

    private static string Status(SkillProgressData skill) => skill.Status switch
    {
        "mastered" when skill.ReviewDue => "[yellow]review due[/]",
        "mastered" => string.Create(CultureInfo.InvariantCulture, $"[green]mastered[/]{(skill.NextReviewAt is { } due ? $" [grey](review {due:yyyy-MM-dd})[/]" : string.Empty)}"),
        "locked" => "[grey]locked[/]",
        "ready" => "ready",
        _ => "learning",
    };

    /// <summary>An instructor's class summary as a two-column table, with where the full report is.</summary>
    private void RenderClassSummary(ClassSummaryReply reply)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{reply.Summary.ClassName} ({reply.Summary.JoinCode})"))
            .AddColumn("Class report").AddColumn(string.Empty);
        foreach (var (label, value) in ClassSummaryReply.Lines(reply.Summary))
        {
            table.AddRow(Markup.Escape(label), Markup.Escape(value));
        }

        console.Write(table);
        console.MarkupLine($"[grey]Full report: /{Markup.Escape(reply.DashboardPath)} on the server, or[/] [cyan]electrotutor report --class {Markup.Escape(reply.Summary.JoinCode)} --format html[/]");
    }
}
