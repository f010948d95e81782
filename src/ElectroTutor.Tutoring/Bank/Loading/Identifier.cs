using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>The shape of every id in the bank: lowercase kebab-case, so ids are stable in URLs, files and databases.</summary>
internal static partial class Identifier
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
