namespace ElectroTutor.Cli.Mastery;

/// <summary>Reads an <c>item_id,skill_id</c> CSV (one pair per line, header first) into the skills of each item.</summary>
internal static class QMatrixReader
{
    public static Dictionary<string, List<string>> Read(TextReader reader, string file, List<DatasetProblem> problems)
    {
        var skills = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.StartsWith("item_id", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                problems.Add(new DatasetProblem(file, lineNumber, $"expected 'item_id,skill_id', found '{Shorten(line)}'."));
                continue;
            }

            var item = fields[0].Trim();
            if (!skills.TryGetValue(item, out var list))
            {
                skills[item] = list = [];
            }

            list.Add(fields[1].Trim());
        }

        return skills;
    }

    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
