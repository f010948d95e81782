using System.Text.RegularExpressions;
using Spectre.Console;

namespace ElectroTutor.Cli.Chat;

/// <summary>The tutor's small Markdown subset (<c>**bold**</c>, <c>_italic_</c>, <c>`code`</c>) as Spectre markup, safely escaped.</summary>
internal static partial class ChatMarkup
{
    public static string From(string markdown)
    {
        var escaped = Markup.Escape(markdown);
        var text = Bold().Replace(escaped, "[bold]${t}[/]");
        text = Code().Replace(text, "[cyan]${t}[/]");
        return Italic().Replace(text, "[italic]${t}[/]");
    }

    [GeneratedRegex(@"\*\*(?<t>.+?)\*\*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bold();

    [GeneratedRegex(@"`(?<t>[^`]+)`", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\w\\])_(?<t>.+?)_(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Italic();
}
