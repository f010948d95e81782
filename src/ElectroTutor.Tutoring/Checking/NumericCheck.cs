using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>Numeric items: parse with units, grade with the item's tolerance, then match a wrong value to a buggy variant.</summary>
internal static class NumericCheck
{
    public static ItemVerdict Check(Item item, string? text, Func<string, string> feedbackFor)
    {
        var unit = item.AnswerCatalogUnit ?? UnitCatalog.One;
        var key = new NumericAnswerKey(item.Answer!.Value, unit, item.Tolerance!) { SignificantFigures = item.SignificantFigures };
        var result = AnswerCheck.Check(text, key);
        var shownUnit = unit == UnitCatalog.One ? string.Empty : unit.Symbol;
        var verdict = new ItemVerdict
        {
            Verdict = result.Verdict,
            Feedback = result.Feedback,
            Note = result.Note,
            ExpectedValue = item.Answer,
            ExpectedUnit = shownUnit,
            ExpectedText = $"{NumberText.Of(item.Answer.Value)} {shownUnit}".TrimEnd(),
            ParsedValue = result.ValueInExpectedUnit,
            ParsedUnit = result.ValueInExpectedUnit is null ? null : shownUnit,
            ParsedText = result.Parsed.IsSuccess ? result.Parsed.NormalizedText : null,
        };
        if (result.Verdict != AnswerVerdict.Incorrect || result.ValueInExpectedUnit is not { } value)
        {
            return verdict;
        }

        var variant = item.Variants.FirstOrDefault(v => item.Tolerance!.Admits(value, v.Value));
        return variant is null
            ? verdict
            : verdict with { MisconceptionId = variant.MisconceptionId, Feedback = feedbackFor(variant.MisconceptionId) };
    }
}
