using System.Text;
using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// An author's text scanned once: its literal runs and its placeholders with their formulas already parsed, so filling
/// it for an item only evaluates. <c>{formula}</c> or <c>{formula:format}</c> becomes the value (<see cref="NumberText"/>);
/// <c>{{</c> and <c>}}</c> are literal braces. A text with a mistake keeps the mistake where it stands and reports it when rendering
/// reaches it, after the placeholders before it — exactly as scanning while filling would. Immutable and safe to share.
/// </summary>
internal sealed class TextPattern
{
    private readonly Segment[] segments;
    private readonly int literalLength;

    private TextPattern(Segment[] segments)
    {
        this.segments = segments;
        literalLength = segments.Sum(s => s.Literal?.Length ?? 0);
    }

    /// <summary>Scans <paramref name="text"/>; never throws for a badly written text (rendering does).</summary>
    public static TextPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanned = new List<Segment>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return Ended(scanned, literal, $"Text '{Excerpt(text)}' has a '}}' with no '{{'; write '}}}}' for a literal brace.");
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                return Ended(scanned, literal, $"Text '{Excerpt(text)}' has a '{{' with no '}}'.");
            }

            Flush(scanned, literal);
            scanned.Add(Placeholder(text[(i + 1)..end]));
            i = end;
        }

        Flush(scanned, literal);
        return new TextPattern([.. scanned]);
    }

    /// <summary>The text with each placeholder replaced by its value.</summary>
    /// <exception cref="FormulaException">A placeholder cannot be evaluated, gives no finite value, or the text is malformed.</exception>
    public string Render(IReadOnlyDictionary<string, double> values)
    {
        var output = new StringBuilder(literalLength + 16);
        foreach (var segment in segments)
        {
            if (segment.Literal is { } literal)
            {
                output.Append(literal);
                continue;
            }

            if (segment.Formula is not { } formula)
            {
                throw new FormulaException(segment.Error!);
            }

            var value = formula.Evaluate(values);
            if (!double.IsFinite(value))
            {
                throw new FormulaException($"Placeholder '{{{segment.Body}}}' gives {value}.");
            }

            output.Append(NumberText.Of(value, segment.Format));
        }

        return output.ToString();
    }

    private static Segment Placeholder(string body)
    {
        var colon = body.LastIndexOf(':');
        var (expression, format) = colon > 0 ? (body[..colon], body[(colon + 1)..]) : (body, null);
        try
        {
            return new Segment(null, Formula.Parse(expression.Trim()), format, body, null);
        }
        catch (FormulaException exception)
        {
            return new Segment(null, null, null, body, exception.Message);
        }
    }

    private static TextPattern Ended(List<Segment> segments, StringBuilder literal, string error)
    {
        // The literal before the mistake is dropped: rendering stops there, so it is never shown.
        literal.Clear();
        segments.Add(new Segment(null, null, null, null, error));
        return new TextPattern([.. segments]);
    }

    private static void Flush(List<Segment> segments, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            segments.Add(new Segment(literal.ToString(), null, null, null, null));
            literal.Clear();
        }
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Literal text, a placeholder (formula and format), or a mistake to report (the error).</summary>
    private sealed record Segment(string? Literal, Formula? Formula, string? Format, string? Body, string? Error);
}
