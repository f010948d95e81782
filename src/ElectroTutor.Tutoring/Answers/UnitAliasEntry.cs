namespace ElectroTutor.Tutoring.Answers;

/// <summary>One catalogue unit with its accepted symbols and names.</summary>
internal sealed record UnitAliasEntry(Unit Unit, string[] Symbols, string[] Names, bool MatchIgnoringCase = true);
