namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>misconceptions.yaml</c>: a list under <c>misconceptions:</c> of id, name, feedback.</summary>
internal static class MisconceptionReader
{
    public static IReadOnlyList<Misconception> Read(string file, YamlMap root, List<BankError> errors)
    {
        var result = new List<Misconception>();
        try
        {
            root.RejectUnknownKeys("misconceptions");
            foreach (var node in root.List("misconceptions"))
            {
                try
                {
                    var map = YamlMap.From(node, "A misconception");
                    map.RejectUnknownKeys("id", "name", "feedback");
                    var id = map.RequiredText("id");
                    if (!Identifier.IsValid(id))
                    {
                        throw new BankFormatException(map.LineOf("id"), $"misconception id '{id}' must be kebab-case letters, digits and hyphens.");
                    }

                    result.Add(new Misconception(id, map.RequiredText("name"), map.RequiredText("feedback")));
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

        return result;
    }
}
