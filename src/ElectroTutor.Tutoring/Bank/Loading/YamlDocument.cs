using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads one bank file into its top-level mapping, turning YAML syntax errors into located bank errors.</summary>
internal static class YamlDocument
{
    private const int MaximumCharacters = 4_000_000;

    public static YamlMap? Read(string file, TextReader reader, List<BankError> errors)
    {
        var firstLine = 1;
        try
        {
            var text = ReadAtMost(reader, MaximumCharacters);
            if (text is null)
            {
                errors.Add(new BankError(file, 0, $"the file is larger than {MaximumCharacters:N0} characters."));
                return null;
            }

            firstLine = FirstContentLine(text);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new BankError(file, 0, "the file is empty."));
                return null;
            }

            return YamlMap.From(stream.Documents[0].RootNode, "The file");
        }
        catch (YamlException exception)
        {
            errors.Add(new BankError(file, (int)exception.Start.Line, "YAML syntax: " + (exception.InnerException?.Message ?? exception.Message)));
        }
        catch (BankFormatException exception)
        {
            errors.Add(new BankError(file, exception.Line, exception.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some unclosed flow lists and maps this way, without a position: name the document's first line.
            errors.Add(new BankError(file, firstLine, "YAML syntax: a [ ] list or { } map is not closed (look for a missing ] or })."));
        }

        return null;
    }

    private static int FirstContentLine(string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        return index < 0 ? 1 : index + 1;
    }

    // Reads in small blocks so a normal file costs its own size, and a huge one is refused without reading it all.
    private static string? ReadAtMost(TextReader reader, int limit)
    {
        var text = new StringBuilder();
        var block = new char[8192];
        int read;
        while ((read = reader.Read(block, 0, block.Length)) > 0)
        {
            text.Append(block, 0, read);
            if (text.Length > limit)
            {
                return null;
            }
        }

        return text.ToString();
    }
}
