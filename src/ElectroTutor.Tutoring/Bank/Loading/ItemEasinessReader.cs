namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Reads <c>item-easiness.yaml</c>: a list under <c>items:</c> of template id, easiness (log-odds offset, positive =
/// easier than its skills' mastery predicts) and the number of logged attempts it was fitted on. The file is optional
/// and a template it does not list has easiness 0.
/// </summary>
internal static class ItemEasinessReader
{
    /// <summary>The largest offset accepted: e^6 ≈ 400 times the odds is far beyond any fitted value, so it is a typo.</summary>
    public const double MaximumOffset = 6;

    public static IReadOnlyList<ItemEasinessEntry> Read(string file, YamlMap root, List<BankError> errors) =>
        EntryList.Read(file, root, "items", "An item easiness entry", map =>
        {
            map.RejectUnknownKeys("template", "easiness", "attempts");
            var template = map.RequiredText("template");
            if (!Identifier.IsValid(template))
            {
                throw new BankFormatException(map.LineOf("template"), $"template id '{template}' must be kebab-case letters, digits and hyphens.");
            }

            var easiness = map.Number("easiness") ?? throw new BankFormatException(map.Line, "'easiness' is required.");
            if (Math.Abs(easiness) > MaximumOffset)
            {
                throw new BankFormatException(map.LineOf("easiness"), $"easiness {easiness} of '{template}' is outside [−{MaximumOffset}, {MaximumOffset}] log-odds.");
            }

            var attempts = map.Number("attempts") ?? throw new BankFormatException(map.Line, "'attempts' is required.");
            if (attempts < 0 || attempts != Math.Floor(attempts) || attempts > int.MaxValue)
            {
                throw new BankFormatException(map.LineOf("attempts"), $"attempts of '{template}' must be a whole number ≥ 0, not {attempts}.");
            }

            return new ItemEasinessEntry(template, easiness, (int)attempts, map.Line);
        }, errors);
}
