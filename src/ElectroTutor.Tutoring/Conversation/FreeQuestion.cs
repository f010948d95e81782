namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Tells a learner's question ("why does K⁺ leave the cell?") from an answer or a command.</summary>
public static class FreeQuestion
{
    private static readonly string[] QuestionWords =
    [
        "what", "why", "how", "when", "where", "which", "who", "whats", "what's", "does", "do", "is", "are", "can", "could",
        "should", "would", "will", "explain", "tell", "describe", "define",
    ];

    /// <summary>True when the text reads as a question about the topic rather than an answer.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var first = trimmed.Split(' ', 2)[0].ToLowerInvariant().TrimEnd(',', ':');
        var startsLikeQuestion = QuestionWords.Contains(first, StringComparer.Ordinal);
        return startsLikeQuestion && (trimmed.EndsWith('?') || trimmed.Split(' ').Length >= 3);
    }
}
