namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>misconceptions.yaml</c>: a list under <c>misconceptions:</c> of id, name, feedback.</summary>
internal static class MisconceptionReader
{
    public static IReadOnlyList<Misconception> Read(string file, YamlMap root, List<BankError> errors) =>
        EntryList.Read(file, root, "misconceptions", "A misconception", map =>
        {
            map.RejectUnknownKeys("id", "name", "feedback");
            return new Misconception(EntryList.Id(map, "misconception"), map.RequiredText("name"), map.RequiredText("feedback"));
        }, errors);
}
