using System.Text;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// Reads one note: a front-matter block between two <c>---</c> lines (id, title, skills, aliases, in YAML), then
/// the Markdown body.
/// </summary>
internal static class ConceptNoteReader
{
    /// <summary>Fewest words a body may have; a shorter note cannot explain anything.</summary>
    public const int MinimumBodyWords = 30;

    /// <summary>Most words a body may have; notes are answers in a chat, 80–200 words reads best.</summary>
    public const int MaximumBodyWords = 250;

    private const int MaximumCharacters = 100_000;
    private const string Fence = "---";

    public static (ConceptNote Note, int IdLine)? Read(string file, TextReader reader, SkillGraph? skills, List<BankError> errors)
    {
        var lines = ReadLines(file, reader, errors);
        if (lines is null)
        {
            return null;
        }

        if (lines.Count == 0 || lines[0].Trim() != Fence)
        {
            errors.Add(new BankError(file, 1, "a concept note starts with front matter: a line '---', then id, title, skills and aliases, then another '---'."));
            return null;
        }

        var close = lines.FindIndex(1, line => line.Trim() == Fence);
        if (close < 0)
        {
            errors.Add(new BankError(file, 1, "the front matter opened on line 1 is never closed with a '---' line."));
            return null;
        }

        var before = errors.Count;
        var header = ReadHeader(file, lines, close, skills, errors);
        var body = string.Join('\n', lines.Skip(close + 1)).Trim();
        CheckBody(file, close + 2, body, errors);
        return header is { } h && errors.Count == before
            ? (new ConceptNote(h.Id, h.Title, h.Skills, h.Aliases, body, file), h.IdLine)
            : null;
    }

    private static (string Id, int IdLine, string Title, IReadOnlyList<string> Skills, IReadOnlyList<string> Aliases)? ReadHeader(
        string file, List<string> lines, int close, SkillGraph? skills, List<BankError> errors)
    {
        if (ReadYaml(file, lines, close, errors) is not { } map)
        {
            return null;
        }

        try
        {
            map.RejectUnknownKeys("id", "title", "skills", "aliases");
            var id = EntryList.Id(map, "concept note");
            var expected = Path.GetFileNameWithoutExtension(file);
            if (id != expected)
            {
                throw new BankFormatException(map.LineOf("id"), $"concept note id '{id}' must match the file name '{expected}.md'.");
            }

            var title = map.RequiredText("title").Trim();
            if (title.Length == 0)
            {
                throw new BankFormatException(map.LineOf("title"), "'title' must not be empty.");
            }

            var aliases = map.TextList("aliases").Select(a => a.Trim()).ToList();
            if (aliases.Any(a => a.Length == 0))
            {
                throw new BankFormatException(map.LineOf("aliases"), "an alias must not be empty.");
            }

            return (id, map.LineOf("id"), title, ReadSkills(map, skills), aliases);
        }
        catch (BankFormatException exception)
        {
            errors.Add(new BankError(file, exception.Line, exception.Message));
            return null;
        }
    }

    private static YamlMap? ReadYaml(string file, List<string> lines, int close, List<BankError> errors)
    {
        if (lines.Take(close).Skip(1).All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new BankError(file, 1, "the front matter is empty: give id, title and skills."));
            return null;
        }

        // A blank line stands in for the opening '---', so YAML's line numbers are the file's.
        var yaml = "\n" + string.Join('\n', lines.Take(close).Skip(1));
        return YamlDocument.Read(file, new StringReader(yaml), errors);
    }

    private static IReadOnlyList<string> ReadSkills(YamlMap map, SkillGraph? skills)
    {
        var skillIds = map.TextList("skills");
        if (skillIds.Count == 0)
        {
            throw new BankFormatException(map.LineOf("skills"), "'skills' must list at least one skill id, the main one first.");
        }

        var unknown = skills is null ? null : skillIds.FirstOrDefault(s => !skills.Contains(s));
        return unknown is null ? skillIds : throw new BankFormatException(map.LineOf("skills"), $"unknown skill '{unknown}'.");
    }

    private static void CheckBody(string file, int line, string body, List<BankError> errors)
    {
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0)
        {
            errors.Add(new BankError(file, line, "the note has no text after its front matter."));
        }
        else if (words < MinimumBodyWords)
        {
            errors.Add(new BankError(file, line, $"the note has {words} words; write at least {MinimumBodyWords}."));
        }
        else if (words > MaximumBodyWords)
        {
            errors.Add(new BankError(file, line, $"the note has {words} words; keep it to {MaximumBodyWords} or fewer (80–200 reads best)."));
        }
    }

    private static List<string>? ReadLines(string file, TextReader reader, List<BankError> errors)
    {
        var text = new StringBuilder();
        var block = new char[8192];
        int read;
        while ((read = reader.Read(block, 0, block.Length)) > 0)
        {
            text.Append(block, 0, read);
            if (text.Length > MaximumCharacters)
            {
                errors.Add(new BankError(file, 0, $"the note is larger than {MaximumCharacters:N0} characters."));
                return null;
            }
        }

        return text.ToString().TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
    }
}
