using System.Text.RegularExpressions;
using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// The concentration recogniser of <see cref="WhatIfParser"/>: an ion (K, Na, Cl or their names), a side (outside by
/// default, the usual place to change a bath) and a value in mM, M or µM, or "double"/"halve" of the normal value.
/// </summary>
internal static partial class WhatIfConcentrations
{
    public static (string Left, WhatIfParseError? Error) Recognise(string clause, WhatIfDraft draft)
    {
        while (IonWord().Match(clause) is { Success: true } ion)
        {
            // Everything up to the next ion belongs to this one ("K out 10 Na out 100").
            var next = IonWord().Match(clause, ion.Index + ion.Length);
            var end = next.Success ? next.Index : clause.Length;
            var before = clause[..ion.Index];
            var own = clause[ion.Index..end];
            var (setting, left, error) = Read(Ion(ion.Groups["ion"].Value), before, own[ion.Length..]);
            if (error is not null)
            {
                return (clause, error);
            }

            if (draft.Set(setting!) is { } conflict)
            {
                return (clause, conflict);
            }

            clause = left.before + " " + left.after + " " + clause[end..];
        }

        return (clause, null);
    }

    private static (ConcentrationSetting? Setting, (string before, string after) Left, WhatIfParseError? Error) Read(Ion ion, string before, string after)
    {
        // A side word right before the ion ("extracellular potassium") or anywhere after it.
        var side = MembraneSide.Outside;
        var sideMatch = SideWord().Match(after);
        var precedingSide = PrecedingSide().Match(before);
        if (sideMatch.Success)
        {
            side = IsOutside(sideMatch.Groups["side"].Value) ? MembraneSide.Outside : MembraneSide.Inside;
            after = WhatIfParser.Remove(after, sideMatch);
        }
        else if (precedingSide.Success)
        {
            side = IsOutside(precedingSide.Groups["side"].Value) ? MembraneSide.Outside : MembraneSide.Inside;
            before = WhatIfParser.Remove(before, precedingSide);
        }

        var normal = IonConcentrations.MammalianNeuron.ConcentrationMm(ion, side);
        var name = Name(ion, side);
        var factor = Factor().Match(before + " " + after);
        var value = Value().Match(after);
        double mm;
        if (value.Success)
        {
            var number = WhatIfParser.Number(value.Groups["value"].Value);
            if (number < 0)
            {
                return (null, default, WhatIfParser.Error(WhatIfParseErrorKind.OutOfRange, $"A concentration cannot be negative: give {name} between {WhatIfLimits.MinimumConcentrationMm} and {WhatIfLimits.MaximumConcentrationMm} mM."));
            }

            var unit = value.Groups["unit"].Value;
            mm = number * (unit is "m" or "mol" or "molar" or "mol/l" ? 1000 : unit.StartsWith('u') || unit.StartsWith("micro", StringComparison.Ordinal) ? 0.001 : 1);
            after = WhatIfParser.Remove(after, value);
            if (!(mm >= WhatIfLimits.MinimumConcentrationMm && mm <= WhatIfLimits.MaximumConcentrationMm))
            {
                var written = $"{WhatIfRequest.Number(number)} {(unit.Length == 0 ? "mM" : UnitSymbol(unit))}";
                return (null, default, WhatIfParser.Error(WhatIfParseErrorKind.OutOfRange, $"{written} of {ion.Symbol}{(ion.Valence > 0 ? "⁺" : "⁻")} is not possible here: give {name} between {WhatIfLimits.MinimumConcentrationMm} and {WhatIfLimits.MaximumConcentrationMm} mM (normal is {WhatIfRequest.Number(normal)} mM)."));
            }
        }
        else if (factor.Success)
        {
            mm = normal * (factor.Value.StartsWith("half", StringComparison.Ordinal) ? 0.5 : 2);
            (before, after) = (FactorStrip(before), FactorStrip(after));
        }
        else
        {
            return (null, default, WhatIfParser.Error(WhatIfParseErrorKind.NotUnderstood, $"What should {name} be? Give a concentration in mM, e.g. \"{ion.Symbol} {(side == MembraneSide.Outside ? "out" : "in")} {WhatIfRequest.Number(normal * 2)}\" (normal is {WhatIfRequest.Number(normal)} mM)."));
        }

        return (new ConcentrationSetting(ion, side, mm), (before, after), null);
    }

    internal static string Name(Ion ion, MembraneSide side) => new ConcentrationSetting(ion, side, 0).Symbol;

    private static string FactorStrip(string text) => Factor().Replace(text, " ");

    private static bool IsOutside(string side) => side is "out" or "outside" or "outer" or "extracellular" or "external" or "exterior" or "extracellularly" or "outward";

    private static string UnitSymbol(string unit) => unit switch
    {
        "m" or "mol" or "molar" or "mol/l" => "M",
        _ when unit.StartsWith('u') || unit.StartsWith("micro", StringComparison.Ordinal) => "µM",
        _ => "mM",
    };

    private static Ion Ion(string word) => word switch
    {
        "k" or "potassium" => Simulation.Electrochemistry.Ion.Potassium,
        "na" or "sodium" => Simulation.Electrochemistry.Ion.Sodium,
        _ => Simulation.Electrochemistry.Ion.Chloride,
    };

    [GeneratedRegex(@"\b(?<ion>potassium|sodium|chloride|k|na|cl)(?:\s*[+-](?!\d))?(?=\W|$)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex IonWord();

    [GeneratedRegex(@"\b(?<side>outside|outer|extracellular(?:ly)?|external|exterior|out|inside|inner|intracellular(?:ly)?|internal|interior|cytoplasm(?:ic)?|cytosol(?:ic)?|axoplasm(?:ic)?|in)\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\b(?<side>extracellular|external|outside|outer|intracellular|internal|inside|inner|cytoplasmic|cytosolic|axoplasmic)\s*$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PrecedingSide();

    [GeneratedRegex(@"(?<value>-?\d+(?:\.\d+)?)\s*(?<unit>mmol/l|mmol|millimolar|mm|mol/l|molar|mol|m|umol/l|umol|micromolar|um)?(?=\W|$)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Value();

    [GeneratedRegex(@"\b(?:double[ds]?|twice|halve[ds]?|half)\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Factor();
}
