using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// Reads the tab-separated attempt log of Gervet et al. (<c>user_id item_id timestamp correct skill_id</c>, header
/// first, rows in time order per user). Skills come from the Q-matrix, not from the <c>skill_id</c> column, which
/// names a combination of skills. A bad row is reported and skipped; reading never throws on content.
/// </summary>
internal static class GervetReader
{
    public static List<LearnerHistory> Read(
        TextReader reader, string file, IReadOnlyDictionary<string, List<string>> skillsOfItem, List<DatasetProblem> problems)
    {
        var attempts = new Dictionary<string, List<TracedAttempt>>(StringComparer.Ordinal);
        var order = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || (lineNumber == 1 && line.StartsWith("user_id", StringComparison.Ordinal)))
            {
                continue;
            }

            var (user, attempt, problem) = Parse(line, skillsOfItem);
            if (problem is not null || user is null || attempt is null)
            {
                problems.Add(new DatasetProblem(file, lineNumber, problem ?? "unreadable row."));
                continue;
            }

            if (!attempts.TryGetValue(user, out var list))
            {
                attempts[user] = list = [];
                order.Add(user);
            }

            list.Add(attempt);
        }

        return [.. order.Select(user => new LearnerHistory(user, attempts[user]))];
    }

    private static (string? User, TracedAttempt? Attempt, string? Problem) Parse(string line, IReadOnlyDictionary<string, List<string>> skillsOfItem)
    {
        var fields = line.Split('\t');
        if (fields.Length != 5)
        {
            return (null, null, $"expected 5 tab-separated fields (user_id item_id timestamp correct skill_id), found {fields.Length} in '{QMatrixReader.Shorten(line)}'.");
        }

        var (user, item, correct) = (fields[0].Trim(), fields[1].Trim(), fields[3].Trim());
        if (user.Length == 0 || item.Length == 0)
        {
            return (null, null, "user_id and item_id must not be empty.");
        }

        if (correct is not ("0" or "1"))
        {
            return (null, null, $"correct must be 0 or 1, found '{QMatrixReader.Shorten(correct)}'.");
        }

        return skillsOfItem.TryGetValue(item, out var skills)
            ? (user, new TracedAttempt(item, correct == "1", skills), null)
            : (null, null, $"item {item} has no skill in the Q-matrix.");
    }
}
