using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Writes HTML (and inline SVG) markup where every piece of text and every attribute value is encoded on the way in:
/// student-typed names and answers can only ever appear as text. Markup comes only from the literal tag names the
/// dashboard's own code passes, or from <see cref="Raw"/> for fragments another writer already produced.
/// </summary>
internal sealed class HtmlWriter
{
    // Every script is kept as it is; only the characters that mean something in HTML (< > & " ' and the like) are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Writes encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? string.Empty));
        return this;
    }

    /// <summary>Writes a number as invariant-culture text.</summary>
    public HtmlWriter Number(double value, string format) => Text(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Writes markup produced by another <see cref="HtmlWriter"/> (never text from a request or the database).</summary>
    public HtmlWriter Raw(HtmlWriter markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        _html.Append(markup._html);
        return this;
    }

    /// <summary>Opens <paramref name="tag"/> with encoded attributes; an attribute with a null value is left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        AppendAttributes(attributes);
        _html.Append('>');
        return this;
    }

    /// <summary>Writes a void or self-closed element (e.g. <c>input</c>, SVG <c>rect</c>).</summary>
    public HtmlWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        AppendAttributes(attributes);
        _html.Append(tag is "input" or "meta" or "link" or "br" ? ">" : "/>");
        return this;
    }

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes an element holding encoded text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Writes a link with encoded text and address.</summary>
    public HtmlWriter Link(string href, string? text, params (string Name, string? Value)[] attributes) =>
        Open("a", [("href", href), .. attributes]).Text(text).Close("a");

    /// <summary>Writes the fixed start of a document (doctype).</summary>
    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>The markup written so far.</summary>
    public override string ToString() => _html.ToString();

    /// <summary>A number for an attribute such as an SVG coordinate: invariant culture, two decimals at most.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void AppendAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }
    }
}
