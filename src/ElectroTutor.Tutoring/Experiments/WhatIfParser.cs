using System.Globalization;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// Reads a learner's "simulate …" text into a <see cref="WhatIfRequest"/>. The text is split into clauses at commas,
/// "and", "with"…; each clause is matched by recognisers in turn (drugs, pump, muscle, cable, temperature, stimulus,
/// concentration), each removing what it understood; whatever meaningful word is left is reported, so nothing is
/// silently ignored. Values outside <see cref="WhatIfLimits"/> are refused with the allowed range.
/// </summary>
public static partial class WhatIfParser
{
    // Generous: the patterns are linear, but a busy machine can stall a thread; a timeout becomes an error value.
    private const int TimeoutMs = 2000;

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "raise", "raised", "increase", "increased", "decrease", "decreased", "lower", "lowered", "reduce", "reduced",
        "drop", "dropped", "set", "change", "changed", "make", "made", "to", "of", "the", "a", "an", "is", "are", "be",
        "at", "by", "from", "concentration", "concentrations", "conc", "level", "levels", "what", "if", "happens", "happen",
        "would", "please", "with", "and", "on", "cell", "neuron", "axon", "membrane", "ion", "ions", "value", "equal",
        "equals", "only", "just", "up", "down", "it", "we", "i", "me", "show", "run", "use", "add", "apply", "applied",
        "give", "in", "for", "normal", "now", "then", "into", "bath", "solution", "muscle", "fibre", "fiber", "nerve", "=", ":", "-", "+", "/",
    };

    /// <summary>Parses a what-if text ("simulate K out 10", "[K+]o = 10 mM", "TTX", "tetanus 50 Hz", …).</summary>
    /// <param name="text">The learner's text, with or without the leading "simulate".</param>
    /// <returns>The request, or an error value with a message and examples; never throws on bad text.</returns>
    public static WhatIfParseResult Parse(string? text)
    {
        try
        {
            return ParseText(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return Fail(WhatIfParseErrorKind.NotUnderstood, "That request took too long to read; please write it more briefly.");
        }
    }

    private static WhatIfParseResult ParseText(string? text)
    {
        var normalized = Normalize(text ?? string.Empty);
        if (normalized.Length == 0 || MenuWords().IsMatch(normalized))
        {
            return Fail(WhatIfParseErrorKind.Menu, WhatIfExamples.Menu);
        }

        var draft = new WhatIfDraft();
        foreach (var clause in ClauseSeparator().Split(normalized))
        {
            if (ParseClause(clause, draft) is { } error)
            {
                return WhatIfParseResult.Failure(error);
            }
        }

        return draft.Finish();
    }

    internal static WhatIfParseResult Fail(WhatIfParseErrorKind kind, string message) =>
        WhatIfParseResult.Failure(new WhatIfParseError(kind, message, WhatIfExamples.All));

    private static WhatIfParseError? ParseClause(string clause, WhatIfDraft draft)
    {
        var rest = clause;
        Func<string, WhatIfDraft, (string Left, WhatIfParseError? Error)>[] recognisers =
            [Drugs, Pump, Muscle, Cable, Temperature, Stimulus, WhatIfConcentrations.Recognise];
        foreach (var recognise in recognisers)
        {
            var (left, error) = recognise(rest, draft);
            if (error is not null)
            {
                return error;
            }

            rest = left;
        }

        var unknown = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Fillers.Contains(w)).ToArray();
        return unknown.Length == 0
            ? null
            : Error(WhatIfParseErrorKind.NotUnderstood, $"I could not understand \"{string.Join(' ', unknown)}\". {WhatIfExamples.Menu}");
    }

    internal static WhatIfParseError Error(WhatIfParseErrorKind kind, string message) => new(kind, message, WhatIfExamples.All);

    internal static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static string Remove(string text, Match match) => text.Remove(match.Index, match.Length).Insert(match.Index, " ");

    private static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace('⁺', '+').Replace('⁻', '-').Replace('\u2212', '-').Replace('\u2013', '-')
            .Replace('µ', 'u').Replace('\u03BC', 'u').Replace("°", " deg ", StringComparison.Ordinal).Replace('²', '2')
            .Replace('\u2019', '\'');
        lower = Prefix().Replace(lower, string.Empty);
        lower = lower.Trim().TrimEnd('?', '.', '!').Trim();
        lower = Bracketed().Replace(lower, m => $" {m.Groups["ion"].Value} {Side(m.Groups["side"].Value)} ");
        lower = Compact().Replace(lower, m => $" {m.Groups["ion"].Value} {Side(m.Groups["side"].Value)} ");
        return Spaces().Replace(lower, " ").Trim();

        static string Side(string side) => side is "o" or "out" or "e" ? "out" : "in";
    }

    private static (string, WhatIfParseError?) Drugs(string clause, WhatIfDraft draft)
    {
        foreach (var (pattern, sodium) in new[] { (Ttx(), true), (Tea(), false) })
        {
            var match = pattern.Match(clause);
            if (!match.Success)
            {
                continue;
            }

            clause = Remove(clause, match);
            var fraction = 1.0;
            var amount = Fraction().Match(clause);
            if (amount.Success)
            {
                clause = Remove(clause, amount);
                fraction = amount.Groups["half"].Success ? 0.5 : Number(amount.Groups["value"].Value);
                fraction = amount.Groups["percent"].Success || fraction > 1 ? fraction / 100 : fraction;
                if (!(fraction is > 0 and <= 1))
                {
                    return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The fraction of channels blocked must be above 0 and at most 100 %, not {amount.Value.Trim()}."));
                }
            }

            if (sodium)
            {
                draft.SodiumBlockFraction = fraction;
            }
            else
            {
                draft.PotassiumBlockFraction = fraction;
            }
        }

        return (clause, null);
    }

    private static (string, WhatIfParseError?) Pump(string clause, WhatIfDraft draft)
    {
        var off = PumpOff().Match(clause);
        if (off.Success)
        {
            draft.PumpOff = true;
            return (Remove(clause, off), null);
        }

        var on = PumpOn().Match(clause);
        return (on.Success ? Remove(clause, on) : clause, null);
    }

    private static (string, WhatIfParseError?) Muscle(string clause, WhatIfDraft draft)
    {
        var twitch = Twitch().Match(clause);
        if (twitch.Success)
        {
            draft.Contraction = ContractionPattern.Twitch;
            clause = Remove(clause, twitch);
        }

        var tetanus = Tetanus().Match(clause);
        if (tetanus.Success)
        {
            draft.Contraction = ContractionPattern.Train;
            draft.StimulusFrequencyHz ??= WhatIfDraft.DefaultTetanusHz;
            clause = Remove(clause, tetanus);
        }

        var frequency = Frequency().Match(clause);
        if (!frequency.Success)
        {
            return (clause, null);
        }

        var hz = Number(frequency.Groups["value"].Value);
        if (!(hz >= WhatIfLimits.MinimumFrequencyHz && hz <= WhatIfLimits.MaximumFrequencyHz))
        {
            return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The stimulation frequency must be between {WhatIfLimits.MinimumFrequencyHz} and {WhatIfLimits.MaximumFrequencyHz} Hz, not {WhatIfRequest.Number(hz)} Hz."));
        }

        draft.Contraction = draft.Contraction == ContractionPattern.Twitch ? ContractionPattern.Twitch : ContractionPattern.Train;
        draft.StimulusFrequencyHz = hz;
        return (Remove(clause, frequency), null);
    }

    private static (string, WhatIfParseError?) Cable(string clause, WhatIfDraft draft)
    {
        var cable = CableWords().Match(clause);
        if (cable.Success)
        {
            draft.Cable = true;
            clause = Remove(clause, cable);
        }

        var diameter = Diameter().Match(clause);
        if (!diameter.Success)
        {
            return (clause, null);
        }

        var um = Number(diameter.Groups["value"].Value) * (diameter.Groups["unit"].Value == "mm" ? 1000 : 1);
        if (!(um >= WhatIfLimits.MinimumDiameterUm && um <= WhatIfLimits.MaximumDiameterUm))
        {
            return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The axon diameter must be between {WhatIfLimits.MinimumDiameterUm} and {WhatIfLimits.MaximumDiameterUm} µm, not {WhatIfRequest.Number(um)} µm."));
        }

        draft.Cable = true;
        draft.AxonDiameterUm = um;
        return (Remove(clause, diameter), null);
    }

    private static (string, WhatIfParseError?) Temperature(string clause, WhatIfDraft draft)
    {
        var match = TemperatureNamed().Match(clause);
        if (!match.Success)
        {
            match = TemperatureUnit().Match(clause);
        }

        if (!match.Success)
        {
            return (clause, null);
        }

        var celsius = Number(match.Groups["value"].Value);
        if (!(celsius >= WhatIfLimits.MinimumTemperatureCelsius && celsius <= WhatIfLimits.MaximumTemperatureCelsius))
        {
            return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The temperature must be between {WhatIfLimits.MinimumTemperatureCelsius} and {WhatIfLimits.MaximumTemperatureCelsius} °C for these models, not {WhatIfRequest.Number(celsius)} °C."));
        }

        draft.TemperatureCelsius = celsius;
        return (Remove(clause, match), null);
    }

    private static (string, WhatIfParseError?) Stimulus(string clause, WhatIfDraft draft)
    {
        var duration = Duration().Match(clause);
        if (duration.Success)
        {
            var ms = Number(duration.Groups["value"].Value);
            if (!(ms >= WhatIfLimits.MinimumStimulusDurationMs && ms <= WhatIfLimits.MaximumStimulusDurationMs))
            {
                return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The stimulus must last between {WhatIfLimits.MinimumStimulusDurationMs} and {WhatIfLimits.MaximumStimulusDurationMs} ms, not {WhatIfRequest.Number(ms)} ms."));
            }

            draft.StimulusDurationMs = ms;
            clause = Remove(clause, duration);
        }

        var match = StimulusNamed().Match(clause);
        if (!match.Success || !match.Groups["value"].Success)
        {
            match = StimulusUnit().Match(clause);
        }

        if (!match.Success)
        {
            var word = StimulusWord().Match(clause);
            return (word.Success && (duration.Success || draft.Contraction is not null) ? Remove(clause, word) : clause, null);
        }

        if (!match.Groups["value"].Success)
        {
            return (Remove(clause, match), null);
        }

        var amplitude = Number(match.Groups["value"].Value);
        if (!(Math.Abs(amplitude) <= WhatIfLimits.MaximumStimulusUaCm2))
        {
            return (clause, Error(WhatIfParseErrorKind.OutOfRange, $"The stimulus must be between −{WhatIfLimits.MaximumStimulusUaCm2} and {WhatIfLimits.MaximumStimulusUaCm2} µA/cm², not {WhatIfRequest.Number(amplitude)}."));
        }

        draft.StimulusAmplitudeUaCm2 = amplitude;
        return (Remove(clause, match), null);
    }

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:simulate|simulation|sim|what\s+(?:would\s+)?happens?\s+if|what\s+if|try)\b[:,]?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:help|list|menu|options|\?|what can i (?:simulate|do|change)|what can you (?:simulate|do))$", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex MenuWords();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bthen\b|\bwith\b|\bplus\b|\balso\b)\s*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ClauseSeparator();

    [GeneratedRegex(@"\[\s*(?<ion>k|na|cl)\s*[+-]?\s*\]\s*_?\s*(?<side>out|in|o|i|e)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?<ion>k|na|cl)[+-]?_?(?<side>out|in|o|i)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Compact();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:ttx|tetrodotoxin|saxitoxin|stx|lidocaine|local\s+anaest?hetic)\b|\b(?:block\w*|no|without|remove|knock\s*out)\s+(?:the\s+|all\s+)?(?:voltage[- ]gated\s+)?(?:sodium|na\+?)\s+(?:channels?|conductance|current)\b|\b(?:sodium|na\+?)\s+(?:channels?|conductance|current)\s+(?:blocked|block\w*|off)\b|\bblock\w*\s+(?:sodium|na)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Ttx();

    [GeneratedRegex(@"\b(?:tea|tetraethylammonium)\b|\b(?:block\w*|no|without|remove|knock\s*out)\s+(?:the\s+|all\s+)?(?:voltage[- ]gated\s+|delayed[- ]rectifier\s+)?(?:potassium|k\+?)\s+(?:channels?|conductance|current)\b|\b(?:potassium|k\+?)\s+(?:channels?|conductance|current)\s+(?:blocked|block\w*|off)\b|\bblock\w*\s+(?:potassium|k)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Tea();

    [GeneratedRegex(@"(?<value>-?\d+(?:\.\d+)?)\s*(?<percent>%|percent)?|\b(?<half>half|partial(?:ly)?)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\b(?:no|stop|stopped|block|blocked|without|switch\s+off|switched\s+off|turn\s+off|turned\s+off|inhibit|inhibited|kill|poison)\s+(?:the\s+)?(?:(?:na\+?\s*/\s*k\+?|sodium[- ]potassium|na[- ]k)\s+)?(?:pump|atpase)s?\b|\b(?:pump|atpase)s?\s+(?:off|stopped|blocked|inhibited)\b|\bouabain\b|\bdigoxin\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex PumpOff();

    [GeneratedRegex(@"\bpumps?\s+on\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex PumpOn();

    [GeneratedRegex(@"\b(?:single\s+)?twitch(?:es)?\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Twitch();

    [GeneratedRegex(@"\b(?:fused\s+)?(?:tetanus|tetanic(?:\s+contraction)?|tetani[sz]e|summation)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Tetanus();

    [GeneratedRegex(@"(?:\b(?:frequency|freq|rate)\s*(?:of|=|to|at)?\s*)?(?<value>-?\d+(?:\.\d+)?)\s*(?:hz|hertz)\b|\b(?:frequency|freq)\s*(?:of|=|to|at)?\s*(?<value>-?\d+(?:\.\d+)?)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"\b(?:cable|conduction(?:\s+velocity)?|propagat\w*|velocity)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex CableWords();

    [GeneratedRegex(@"\b(?:diameter|thickness|width)\s*(?:of|=|to|:)?\s*(?<value>-?\d+(?:\.\d+)?)\s*(?<unit>um|microns?|micrometers?|micrometres?|mm)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Diameter();

    [GeneratedRegex(@"\b(?:temp(?:erature)?|warm(?:ed)?(?:\s+up)?|cool(?:ed)?(?:\s+down)?|heat(?:ed)?|chill(?:ed)?)\s*(?:of|=|to|at|:)?\s*(?<value>-?\d+(?:\.\d+)?)\s*(?:deg(?:rees?)?\s*(?:c(?:elsius)?\b)?|c(?:elsius)?\b)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex TemperatureNamed();

    [GeneratedRegex(@"(?<value>-?\d+(?:\.\d+)?)\s*(?:deg(?:rees?)?(?:\s*c(?:elsius)?)?|c(?:elsius)?)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex TemperatureUnit();

    [GeneratedRegex(@"(?:\b(?:for|lasting|width|duration|of)\s*)?(?<value>-?\d+(?:\.\d+)?)\s*(?:ms|msec|milliseconds?)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:stim(?:ulus|ulate|ulation)?|current|inject(?:ion|ed)?|pulse|shock)\s*(?:of|=|to|with|amplitude|:)?\s*(?:(?<value>-?\d+(?:\.\d+)?)\s*(?:ua|microamps?|microamperes?)?(?:\s*(?:/|per)\s*cm2?)?)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex StimulusNamed();

    [GeneratedRegex(@"(?<value>-?\d+(?:\.\d+)?)\s*(?:ua|microamps?|microamperes?)(?:\s*(?:/|per)\s*cm2?)?\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex StimulusUnit();

    [GeneratedRegex(@"\b(?:stim(?:ulus|ulate|ulation)?|pulse)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex StimulusWord();
}
