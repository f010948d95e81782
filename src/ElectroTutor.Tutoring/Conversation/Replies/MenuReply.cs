using System.Text;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A message with a list of things to pick (topics, yes/no).</summary>
/// <param name="Markdown">The message above the choices.</param>
/// <param name="Choices">The choices, in order.</param>
public sealed record MenuReply(string Markdown, IReadOnlyList<MenuChoice> Choices) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown()
    {
        var text = new StringBuilder(Markdown);
        foreach (var choice in Choices)
        {
            text.Append("\n- ").Append(choice.Title).Append(" — `").Append(choice.Command).Append('`');
        }

        return text.ToString();
    }
}
