using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// Reads the 3-line format of the DKT and DKVMN releases: per sequence a line with the number of attempts, a line of
/// comma-separated skill ids and a line of comma-separated 0/1 outcomes (a trailing comma is allowed). A malformed
/// sequence is reported by file and line and skipped; reading never throws on content.
/// </summary>
internal static class ThreeLineReader
{
    public static List<LearnerHistory> Read(TextReader reader, string file, List<DatasetProblem> problems)
    {
        var learners = new List<LearnerHistory>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } countLine)
        {
            lineNumber++;
            if (countLine.Trim().Trim(',').Length == 0)
            {
                continue;
            }

            var start = lineNumber;
            var skillLine = reader.ReadLine();
            var outcomeLine = reader.ReadLine();
            lineNumber += 2;
            var problem = Check(countLine, skillLine, outcomeLine, out var skills, out var outcomes);
            if (problem is not null)
            {
                problems.Add(new DatasetProblem(file, problem.Value.Offset + start, problem.Value.Message));
                continue;
            }

            var attempts = new TracedAttempt[skills.Length];
            for (var i = 0; i < skills.Length; i++)
            {
                attempts[i] = new TracedAttempt(string.Empty, outcomes[i] == "1", [skills[i]]);
            }

            learners.Add(new LearnerHistory($"sequence-{learners.Count + 1}", attempts));
        }

        return learners;
    }

    private static (int Offset, string Message)? Check(string countLine, string? skillLine, string? outcomeLine, out string[] skills, out string[] outcomes)
    {
        skills = Fields(skillLine);
        outcomes = Fields(outcomeLine);
        if (!int.TryParse(countLine.Trim().TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            return (0, $"expected the number of attempts, found '{QMatrixReader.Shorten(countLine)}'.");
        }

        if (skillLine is null || outcomeLine is null)
        {
            return (0, "the file ends before this sequence's skill and outcome lines.");
        }

        if (skills.Length != count || Array.Exists(skills, s => s.Length == 0))
        {
            return (1, $"expected {count} skill ids, found {skills.Length} (or an empty one).");
        }

        if (outcomes.Length != count)
        {
            return (2, $"expected {count} outcomes, found {outcomes.Length}.");
        }

        return Array.Find(outcomes, o => o is not ("0" or "1")) is { } bad
            ? (2, $"outcomes must be 0 or 1, found '{QMatrixReader.Shorten(bad)}'.")
            : null;
    }

    private static string[] Fields(string? line) =>
        line is null || line.Trim().TrimEnd(',').Length == 0 ? [] : [.. line.Trim().TrimEnd(',').Split(',').Select(field => field.Trim())];
}
