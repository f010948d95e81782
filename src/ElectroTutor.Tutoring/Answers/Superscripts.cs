using System.Text;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>Rewrites runs of superscript digits and signs as caret powers: <c>10⁻²</c> → <c>10^-2</c>, <c>cm²</c> → <c>cm^2</c>.</summary>
internal static class Superscripts
{
    public static string ToCaret(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        var inRun = false;
        foreach (var c in text)
        {
            var plain = Plain(c);
            if (plain is null)
            {
                inRun = false;
                builder.Append(c);
                continue;
            }

            if (!inRun && (builder.Length == 0 || builder[^1] != '^'))
            {
                builder.Append('^');
            }

            inRun = true;
            builder.Append(plain.Value);
        }

        return builder.ToString();
    }

    private static char? Plain(char c) => c switch
    {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        >= '⁴' and <= '⁹' => (char)('4' + (c - '⁴')),
        '⁻' => '-',
        '⁺' => '+',
        _ => null,
    };
}
