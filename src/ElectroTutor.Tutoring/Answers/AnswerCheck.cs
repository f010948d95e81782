namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Grades a numeric answer against a <see cref="NumericAnswerKey"/>: the learner's unit is converted to the expected
/// one (so "-0.065 V" and "-65000 µV" both equal "-65 mV", "310.15 K" equals "37 °C"), then compared with the
/// tolerance. Never a false accept: a value of the opposite sign, or one more than a factor of about 30 off
/// (×1000, ÷1000), is incorrect whatever the tolerance, and a unit of another dimension is never converted.
/// </summary>
public static partial class AnswerCheck
{
    // Beyond 10^1.5 (about ×31.6) an answer is a different quantity, not an imprecise one.
    private const double MaxLog10Ratio = 1.5;

    /// <summary>Parses and grades a learner's text.</summary>
    /// <param name="text">The learner's text.</param>
    /// <param name="key">What the item expects.</param>
    /// <returns>The verdict with feedback.</returns>
    public static AnswerCheckResult Check(string? text, NumericAnswerKey key) => Check(AnswerParser.Parse(text), key);

    /// <summary>Grades an answer already parsed by <see cref="AnswerParser"/>.</summary>
    /// <param name="parsed">The parsed answer (a failure is graded too, as unparseable or ambiguous).</param>
    /// <param name="key">What the item expects.</param>
    /// <returns>The verdict with feedback.</returns>
    public static AnswerCheckResult Check(AnswerParseResult parsed, NumericAnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(key);
        if (!double.IsFinite(key.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Value, "The expected value must be finite.");
        }

        if (!parsed.IsSuccess)
        {
            var verdict = parsed.Failure == AnswerParseFailure.Ambiguous ? AnswerVerdict.Ambiguous : AnswerVerdict.Unparseable;
            return Result(verdict, parsed, key, null, parsed.Message);
        }

        if (parsed.Form == AnswerForm.Ratio && !key.ExpectsRatio)
        {
            return Result(AnswerVerdict.Ambiguous, parsed, key, null, $"{parsed.NormalizedText} is a ratio, but this question asks for a single value. Please give one number.");
        }

        var unit = parsed.Unit ?? key.Unit;
        if (parsed.Unit is null && key.RequiresUnit && key.Unit.Dimension != Dimension.Dimensionless)
        {
            return Result(AnswerVerdict.MissingUnit, parsed, key, null, "Please include the unit with your number.");
        }

        if (unit.Dimension != key.Unit.Dimension)
        {
            return Result(AnswerVerdict.WrongUnit, parsed, key, null, WrongUnitFeedback(parsed, unit, key.Unit));
        }

        var value = unit.ConvertTo(parsed.Value, key.Unit);
        return Grade(parsed, key, value);
    }

    private static AnswerCheckResult Grade(AnswerParseResult parsed, NumericAnswerKey key, double value)
    {
        var guard = Guard(value, key);
        if (guard != AnswerDiscrepancy.None)
        {
            return Incorrect(parsed, key, value, guard);
        }

        var (admitted, figureNote, discrepancy) = Compare(parsed, key, value);
        if (!admitted)
        {
            return Incorrect(parsed, key, value, discrepancy);
        }

        var notes = new[] { parsed.Note, figureNote }.Where(n => n is not null).ToArray();
        var note = notes.Length == 0 ? null : string.Join(" ", notes);
        var shown = QuantityText.Format(value, key.Unit);
        return note is null
            ? Result(AnswerVerdict.Correct, parsed, key, value, $"Correct: {shown}.")
            : Result(AnswerVerdict.CorrectWithNote, parsed, key, value, $"Correct: {shown}. {note}", note);
    }

    // Sign and scale are checked before the tolerance so that a generous tolerance cannot let them through.
    private static AnswerDiscrepancy Guard(double value, NumericAnswerKey key)
    {
        if (key.Value == 0 || value == 0 || key.Unit.IsAffine)
        {
            return AnswerDiscrepancy.None;
        }

        if (Math.Sign(value) != Math.Sign(key.Value))
        {
            return AnswerDiscrepancy.OppositeSign;
        }

        return Math.Abs(Math.Log10(Math.Abs(value / key.Value))) >= MaxLog10Ratio ? AnswerDiscrepancy.PowerOfTen : AnswerDiscrepancy.None;
    }

    private static (bool Admitted, string? Note, AnswerDiscrepancy Discrepancy) Compare(AnswerParseResult parsed, NumericAnswerKey key, double value)
    {
        var policy = key.SignificantFigures;
        var written = parsed.SignificantFigures;
        if (key.Tolerance.Kind == ToleranceKind.SignificantFigures && written is int few && few < key.Tolerance.Amount)
        {
            if (policy is not null && few >= policy.Fewest && SignificantFigureRounding.Agree(value, key.Value, few))
            {
                return (true, $"Right to the precision you gave; the data support {(int)key.Tolerance.Amount} significant figures.", AnswerDiscrepancy.None);
            }

            if (key.Tolerance.Admits(value, key.Value))
            {
                return (true, null, AnswerDiscrepancy.None);
            }

            return SignificantFigureRounding.Agree(value, key.Value, few)
                ? (false, null, AnswerDiscrepancy.TooFewSignificantFigures)
                : (false, null, AnswerDiscrepancy.OutsideTolerance);
        }

        if (!key.Tolerance.Admits(value, key.Value))
        {
            return (false, null, AnswerDiscrepancy.OutsideTolerance);
        }

        return (true, policy is not null && written is int figures ? policy.NoteFor(figures) : null, AnswerDiscrepancy.None);
    }

    private static AnswerCheckResult Result(AnswerVerdict verdict, AnswerParseResult parsed, NumericAnswerKey key, double? value, string feedback, string? note = null, AnswerDiscrepancy discrepancy = AnswerDiscrepancy.None) =>
        new(verdict, discrepancy, parsed, value, key.Value, key.Unit, feedback, note);
}
