namespace ElectroTutor.Tutoring.Answers;

/// <content>Feedback for wrong answers: specific about what to check, silent about the expected value.</content>
public static partial class AnswerCheck
{
    private static AnswerCheckResult Incorrect(AnswerParseResult parsed, NumericAnswerKey key, double value, AnswerDiscrepancy discrepancy)
    {
        var shown = parsed.Unit is null ? QuantityText.Format(parsed.Value, key.Unit) : parsed.NormalizedText;
        if (parsed.Unit is null && discrepancy != AnswerDiscrepancy.OppositeSign && WouldBeRightIn(parsed.Value, key) is Unit other)
        {
            var bare = $"A number on its own is read in {Symbol(key.Unit)}, so {parsed.NormalizedText} means {shown}. If you meant {Symbol(other)}, write the unit.";
            return Result(AnswerVerdict.Incorrect, parsed, key, value, bare, discrepancy: AnswerDiscrepancy.BareNumberInOtherUnit);
        }

        if (discrepancy is AnswerDiscrepancy.PowerOfTen or AnswerDiscrepancy.OutsideTolerance && PowerOfTenOff(value, key) is int power)
        {
            discrepancy = AnswerDiscrepancy.PowerOfTen;
            var size = power > 0 ? "too large" : "too small";
            var factor = Math.Abs(power) <= 6
                ? Math.Pow(10, Math.Abs(power)).ToString("0", System.Globalization.CultureInfo.InvariantCulture)
                : $"10^{Math.Abs(power)}";
            var hint = key.Unit.Dimension == Dimension.Dimensionless ? "whether you need a fraction or a percentage" : "the unit prefix and the powers of ten";
            return Result(AnswerVerdict.Incorrect, parsed, key, value, $"Not quite: {shown} is {factor} times {size}. Check {hint}.", discrepancy: discrepancy);
        }

        var feedback = discrepancy switch
        {
            AnswerDiscrepancy.OppositeSign => $"Not quite: check the sign of {shown}.",
            AnswerDiscrepancy.PowerOfTen => $"Not quite: {shown} is far from the value asked for, by more than a factor of 30. Check the units and the powers of ten.",
            AnswerDiscrepancy.TooFewSignificantFigures => $"{shown} is rounded too much to tell whether it is right. Please give more significant figures.",
            _ => $"Not quite: {shown} is not the value I expected. Check your working and try again.",
        };
        return Result(AnswerVerdict.Incorrect, parsed, key, value, feedback, discrepancy: discrepancy);
    }

    private static string WrongUnitFeedback(AnswerParseResult parsed, Unit given, Unit expected)
    {
        var described = given.Equals(UnitCatalog.Percent) ? "a percentage" : QuantityText.Describe(given.Dimension);
        var message = $"{parsed.NormalizedText} is {described}, but this question asks for {QuantityText.Describe(expected.Dimension)}";
        message += expected.Dimension == Dimension.Dimensionless ? "." : $" (for example in {Symbol(expected)}).";
        var lookalike = UnitCatalog.OfDimension(expected.Dimension)
            .FirstOrDefault(u => string.Equals(u.Symbol, given.Symbol, StringComparison.OrdinalIgnoreCase));
        return lookalike is null ? message : $"{message} Unit symbols are case-sensitive: did you mean {lookalike.Symbol} ({lookalike.Name})?";
    }

    // A power of ten k (|k| ≥ 1) such that value / 10^k would be within tolerance.
    private static int? PowerOfTenOff(double value, NumericAnswerKey key)
    {
        if (value == 0 || key.Value == 0 || key.Unit.IsAffine)
        {
            return null;
        }

        var power = (int)Math.Round(Math.Log10(Math.Abs(value / key.Value)));
        return power != 0 && Math.Abs(power) <= 12 && key.Tolerance.Admits(value / Math.Pow(10, power), key.Value) ? power : null;
    }

    private static Unit? WouldBeRightIn(double number, NumericAnswerKey key) =>
        UnitCatalog.OfDimension(key.Unit.Dimension)
            .Append(UnitCatalog.One)
            .Where(u => u.Dimension == key.Unit.Dimension && !u.Equals(key.Unit))
            .FirstOrDefault(u => key.Tolerance.Admits(u.ConvertTo(number, key.Unit), key.Value));

    private static string Symbol(Unit unit) => unit.Symbol.Length == 0 ? "a plain number" : unit.Symbol;
}
