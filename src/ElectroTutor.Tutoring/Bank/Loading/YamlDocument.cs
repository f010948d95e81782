using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads one bank file into its top-level mapping, turning YAML syntax errors into located bank errors.</summary>
internal static class YamlDocument
{
    private const int MaximumCharacters = 4_000_000;

    public static YamlMap? Read(string file, TextReader reader, List<BankError> errors)
    {
        try
        {
            var buffer = new char[MaximumCharacters + 1];
            var length = reader.ReadBlock(buffer, 0, buffer.Length);
            if (length > MaximumCharacters)
            {
                errors.Add(new BankError(file, 0, $"the file is larger than {MaximumCharacters:N0} characters."));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(new string(buffer, 0, length)));
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

        return null;
    }
}
