namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Reads a bank file whose only key holds a list of entries (<c>skills:</c>, <c>misconceptions:</c>, <c>templates:</c>).
/// Each entry is read on its own, so one mistake is reported with its line and the other entries still load.
/// </summary>
internal static class EntryList
{
    public static List<T> Read<T>(string file, YamlMap root, string key, string what, Func<YamlMap, T> readEntry, List<BankError> errors)
    {
        var entries = new List<T>();
        try
        {
            root.RejectUnknownKeys(key);
            foreach (var node in root.List(key))
            {
                try
                {
                    entries.Add(readEntry(YamlMap.From(node, what)));
                }
                catch (BankFormatException exception)
                {
                    errors.Add(new BankError(file, exception.Line, exception.Message));
                }
            }
        }
        catch (BankFormatException exception)
        {
            errors.Add(new BankError(file, exception.Line, exception.Message));
        }

        return entries;
    }

    /// <summary>Reads an entry's <c>id</c>, which must be kebab-case.</summary>
    public static string Id(YamlMap map, string what)
    {
        var id = map.RequiredText("id");
        return Identifier.IsValid(id)
            ? id
            : throw new BankFormatException(map.LineOf("id"), $"{what} id '{id}' must be kebab-case letters, digits and hyphens.");
    }
}
