using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// Fills an author's text: <c>{formula}</c> or <c>{formula:format}</c> becomes the value (format as in .NET, e.g.
/// <c>0.0</c>, default up to 4 significant figures), with a real minus sign; <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal static class TextRenderer
{
    public static string Render(string text, IReadOnlyDictionary<string, double> values)
    {
        var output = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                output.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new FormulaException($"Text '{Excerpt(text)}' has a '}}' with no '{{'; write '}}}}' for a literal brace.");
            }

            if (c != '{')
            {
                output.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                throw new FormulaException($"Text '{Excerpt(text)}' has a '{{' with no '}}'.");
            }

            output.Append(Placeholder(text[(i + 1)..end], values));
            i = end;
        }

        return output.ToString();
    }

    public static string Number(double value, string? format = null)
    {
        var text = format is null
            ? (value == Math.Round(value) && Math.Abs(value) < 1e9 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture))
            : value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }

    private static string Placeholder(string body, IReadOnlyDictionary<string, double> values)
    {
        var colon = body.LastIndexOf(':');
        var (expression, format) = colon > 0 ? (body[..colon], body[(colon + 1)..]) : (body, null);
        var value = Formula.Parse(expression.Trim()).Evaluate(values);
        if (!double.IsFinite(value))
        {
            throw new FormulaException($"Placeholder '{{{body}}}' gives {value}.");
        }

        return Number(value, format);
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
