namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// The lookup tables behind <see cref="UnitCatalog.Find"/>: exact symbols (case-sensitive), spelled-out names
/// (case-insensitive) and a case-insensitive fallback that reads "mv" as mV with a note but refuses to guess when a
/// different case means a different unit ("MM": mM or mm).
/// </summary>
internal static class UnitIndex
{
    private static readonly Dictionary<string, Unit> Symbols = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Unit> Names = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, List<Unit>> FoldedSymbols = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, (Unit Unit, string Note)> Noted = new(StringComparer.Ordinal);

    static UnitIndex()
    {
        var units = new List<Unit>();
        foreach (var entry in UnitAliases.Entries)
        {
            units.Add(entry.Unit);
            foreach (var symbol in entry.Symbols)
            {
                AddSymbol(symbol, entry.Unit, entry.MatchIgnoringCase);
            }

            foreach (var name in entry.Names)
            {
                Names[UnitText.NameKey(name)] = entry.Unit;
            }
        }

        foreach (var (text, unit, note) in UnitAliases.NotedAliases())
        {
            Noted[UnitText.SymbolKey(text)] = (unit, note);
        }

        Units = units;
    }

    public static IReadOnlyList<Unit> Units { get; }

    public static UnitLookup Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = UnitText.SymbolKey(text);
        if (key.Length == 0)
        {
            return UnitLookup.NotFound([]);
        }

        if (Symbols.TryGetValue(key, out var unit))
        {
            return UnitLookup.Found(unit);
        }

        if (Names.TryGetValue(UnitText.NameKey(text), out unit))
        {
            return UnitLookup.Found(unit);
        }

        if (Noted.TryGetValue(key, out var noted))
        {
            return UnitLookup.Found(noted.Unit, noted.Note);
        }

        if (FoldedSymbols.TryGetValue(key.ToLowerInvariant(), out var candidates))
        {
            return candidates.Count == 1
                ? UnitLookup.Found(candidates[0], $"Unit symbols are case-sensitive: I read \"{text.Trim()}\" as {candidates[0].Symbol}.")
                : UnitLookup.NotFound(candidates);
        }

        return UnitLookup.NotFound([]);
    }

    private static void AddSymbol(string symbol, Unit unit, bool matchIgnoringCase)
    {
        foreach (var variant in Variants(symbol))
        {
            var key = UnitText.SymbolKey(variant);
            Symbols[key] = unit;
            if (!matchIgnoringCase)
            {
                continue;
            }

            var folded = key.ToLowerInvariant();
            if (!FoldedSymbols.TryGetValue(folded, out var list))
            {
                FoldedSymbols[folded] = list = [];
            }

            if (!list.Contains(unit))
            {
                list.Add(unit);
            }
        }
    }

    // "µA/cm^2" also as "uA/cm^2" and "µA·cm^-2"; the key function already folds μ/µ, spaces and ², so only the
    // quotient-to-product rewrite and the ASCII micro need generating.
    private static List<string> Variants(string symbol)
    {
        var forms = new List<string> { symbol };
        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && symbol.IndexOf('/', slash + 1) < 0)
        {
            var numerator = symbol[..slash];
            var denominator = symbol[(slash + 1)..];
            var caret = denominator.IndexOf('^', StringComparison.Ordinal);
            var product = caret < 0
                ? $"{denominator}^-1"
                : $"{denominator[..caret]}^-{denominator[(caret + 1)..]}";
            forms.Add(numerator == "1" ? product : $"{numerator}·{product}");
        }

        foreach (var form in forms.ToArray())
        {
            if (form.Contains('µ', StringComparison.Ordinal))
            {
                forms.Add(form.Replace('µ', 'u'));
            }
        }

        return forms;
    }
}
