using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A class's summary for its instructor; channels add a link to the class's dashboard page.</summary>
/// <param name="Summary">The class's numbers.</param>
public sealed record ClassSummaryReply(ClassSummary Summary) : TutorReply
{
    /// <summary>The dashboard page of the class, relative to the server's base URL.</summary>
    public string DashboardPath => "instructor/classes/" + Uri.EscapeDataString(Summary.JoinCode);

    /// <inheritdoc />
    public override string ToMarkdown()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{Summary.ClassName}** ({Summary.JoinCode})\n\n");
        foreach (var (label, value) in Lines(Summary))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {label}: {value}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\nFull report: /{DashboardPath}").ToString();
    }

    /// <summary>The summary as (label, value) lines, the same on every channel.</summary>
    public static IReadOnlyList<(string Label, string Value)> Lines(ClassSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var help = summary.StudentsNeedingHelp;
        return
        [
            ("Students", summary.Students.ToString(CultureInfo.InvariantCulture)),
            ("Mean mastery", Percent(summary.MeanMastery)),
            ("Weakest skills", summary.WeakestSkills.Count == 0 ? "none practised yet" : string.Join("; ", summary.WeakestSkills.Select(s => $"{s.SkillName} ({Percent(s.MeanMastery)})"))),
            ("Students needing help", help.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{help.Count}: {string.Join(", ", help.Take(5))}{(help.Count > 5 ? ", …" : string.Empty)}")),
            ("Most frequent misconception", summary.MostFrequentMisconception is { } m
                ? string.Create(CultureInfo.InvariantCulture, $"{m.Name} ({m.Attempts} attempts, {m.Students} students)")
                : "none diagnosed"),
            ("Reviews due", summary.DueReviews.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    private static string Percent(double? mastery) =>
        mastery is { } value ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Math.Clamp(value, 0, 1) * 100, MidpointRounding.AwayFromZero):0}%") : "—";
}
