using System.Globalization;
using System.Text;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>Mastery per skill, due reviews and streaks.</summary>
/// <param name="Progress">The progress data.</param>
public sealed record ProgressReply(ProgressData Progress) : TutorReply
{
    private const int BarWidth = 10;

    /// <summary>A text bar for a mastery in [0, 1], e.g. <c>██████░░░░</c>.</summary>
    public static string Bar(double mastery)
    {
        var filled = (int)Math.Round(Math.Clamp(mastery, 0, 1) * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    /// <inheritdoc />
    public override string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Your progress:** {Progress.Mastered} of {Progress.Skills.Count} skills mastered");
        text.Append(CultureInfo.InvariantCulture, $", {Progress.ReviewsDue} review{(Progress.ReviewsDue == 1 ? string.Empty : "s")} due");
        text.Append(CultureInfo.InvariantCulture, $", streak {Progress.CorrectInARow} right in a row (best {Progress.BestCorrectInARow}), {Progress.DaysInARow} day{(Progress.DaysInARow == 1 ? string.Empty : "s")} in a row.\n");
        foreach (var skill in Progress.Skills)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n`{Bar(skill.Mastery)}` {skill.Mastery * 100,3:0}% {skill.Name} — {StatusText(skill)}");
        }

        return text.ToString();
    }

    private static string StatusText(SkillProgressData skill) => skill.Status switch
    {
        "mastered" when skill.ReviewDue => "mastered, review due",
        "mastered" when skill.NextReviewAt is { } due => string.Create(CultureInfo.InvariantCulture, $"mastered, review {due:yyyy-MM-dd}"),
        "locked" => "locked until its prerequisites are nearly mastered",
        "ready" => "ready to start",
        _ => skill.Status,
    };
}
