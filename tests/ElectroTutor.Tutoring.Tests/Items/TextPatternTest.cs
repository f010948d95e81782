using System.Text;
using ElectroTutor.Tutoring.Formulas;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Tests.Conversation;

namespace ElectroTutor.Tutoring.Tests.Items;

public class TextPatternTest
{
    private static readonly Dictionary<string, double> Values = new(StringComparer.Ordinal)
    {
        ["kOut"] = 5,
        ["kIn"] = 140,
        ["answer"] = -88.97,
        ["zero"] = 0,
    };

    public static TheoryData<string> Texts => new()
    {
        "No placeholders at all.",
        "E_K = {answer:0.0} mV with [K⁺]o = {kOut} mM and [K⁺]i = {kIn} mM.",
        "{kIn / kOut} times, ln = { ln(kOut / kIn) :0.000}, default {answer}",
        "Literal {{braces}} stay, and so does {{kOut}} but {kOut} fills.",
        "A time {12.5:0.00}: the colon of the format is the last one.",
        "Ends with an open {{",
        string.Empty,
        "Unclosed {kOut + 1",
        "A lone } here, after {kOut}.",
        "{missing} comes before the lone } and is reported first.",
        "{kOut} then a broken {kOut +} formula, then }",
        "{1 / zero} is not finite.",
        "{ln(zero - 1):0.0} is not a number.",
        "{unknownFunction(kOut)} and {kIn}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_pattern_renders_as_scanning_while_filling_does_errors_included(string text) =>
        Assert.Equal(Scanned(text, Values), Outcome(() => TextPattern.Parse(text).Render(Values)));

    [Fact]
    public void Every_text_of_the_bank_renders_as_before()
    {
        var texts = RealBank.Bank.Templates
            .SelectMany(t => new[] { t.Prompt, t.Solution, t.Explanation }.Concat(t.Hints).Concat(t.Choices.Select(c => c.Text)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(texts.Count > 100);
        foreach (var text in texts)
        {
            // Every name a placeholder reads gets a value, so the comparison covers the numbers, not just the errors.
            var values = ValuesFor(text);
            Assert.Equal(Scanned(text, values), Outcome(() => TextPattern.Parse(text).Render(values)));
        }
    }

    [Fact]
    public void A_text_is_scanned_once_and_rendered_the_same_every_time()
    {
        var patterns = new TextPatterns();
        const string text = "E = {answer:0.0} mV from {kOut} mM";
        var first = patterns.Render(text, Values);
        Assert.Equal("E = −89.0 mV from 5 mM", first);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, patterns.Render(text, Values));
        }

        Assert.Equal(1, patterns.Count);
        Assert.Equal("E = −88.0 mV from 5 mM", patterns.Render(text, new Dictionary<string, double>(Values, StringComparer.Ordinal) { ["answer"] = -88 }));
    }

    [Fact]
    public void The_remembered_patterns_stay_within_their_bound()
    {
        var patterns = new TextPatterns(capacity: 4);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal($"{i}: 5", patterns.Render($"{i}: {{kOut}}", Values));
            Assert.InRange(patterns.Count, 1, 4);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new TextPatterns(capacity: 0));
    }

    [Fact]
    public void Many_threads_can_share_the_patterns()
    {
        var patterns = new TextPatterns(capacity: 8);
        var wrong = 0;
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var n = i % 20;
            if (patterns.Render($"{n} + {{kOut}}", Values) != $"{n} + 5")
            {
                Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    private static Dictionary<string, double> ValuesFor(string text)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var body in Placeholders(text))
        {
            var colon = body.LastIndexOf(':');
            try
            {
                foreach (var name in Formula.Parse((colon > 0 ? body[..colon] : body).Trim()).Variables)
                {
                    values.TryAdd(name, 2.5 + values.Count);
                }
            }
            catch (FormulaException)
            {
                // A malformed placeholder reads nothing; both renderers report it.
            }
        }

        return values;
    }

    private static IEnumerable<string> Placeholders(string text)
    {
        for (var start = text.IndexOf('{', StringComparison.Ordinal); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var end = text.IndexOf('}', start + 1);
            if (end > start)
            {
                yield return text[(start + 1)..end];
            }
        }
    }

    private static string Outcome(Func<string> render)
    {
        try
        {
            return "text: " + render();
        }
        catch (FormulaException exception)
        {
            return "error: " + exception.Message;
        }
    }

    /// <summary>The renderer as it was before texts were kept scanned: it scans the text while filling it.</summary>
    private static string Scanned(string text, IReadOnlyDictionary<string, double> values) => Outcome(() =>
    {
        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                output.Append(c);
                i++;
            }
            else if (c == '}')
            {
                throw new FormulaException($"Text '{Excerpt(text)}' has a '}}' with no '{{'; write '}}}}' for a literal brace.");
            }
            else if (c != '{')
            {
                output.Append(c);
            }
            else
            {
                var end = text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new FormulaException($"Text '{Excerpt(text)}' has a '{{' with no '}}'.");
                }

                var body = text[(i + 1)..end];
                var colon = body.LastIndexOf(':');
                var (expression, format) = colon > 0 ? (body[..colon], body[(colon + 1)..]) : (body, null);
                var value = Formula.Parse(expression.Trim()).Evaluate(values);
                if (!double.IsFinite(value))
                {
                    throw new FormulaException($"Placeholder '{{{body}}}' gives {value}.");
                }

                output.Append(NumberText.Of(value, format));
                i = end;
            }
        }

        return output.ToString();
    });

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
