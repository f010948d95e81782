namespace ElectroTutor.Tutoring.Answers;

/// <summary>Rounding to significant figures, done in decimal so that 61.55 rounds the way it is written.</summary>
internal static class SignificantFigureRounding
{
    /// <summary>True when both values round to the same number at <paramref name="figures"/> significant figures.</summary>
    public static bool Agree(double answer, double expected, int figures)
    {
        if (expected == 0)
        {
            return answer == 0;
        }

        // Both are rounded at the expected value's decimal place, so 99.96 and 100.0 compare at one scale.
        var place = DecimalPlace(expected, figures);
        return RoundAt(answer, place) == RoundAt(expected, place);
    }

    /// <summary>The power of ten of the last significant figure when <paramref name="value"/> has <paramref name="figures"/>.</summary>
    public static int DecimalPlace(double value, int figures) =>
        (int)Math.Floor(Math.Log10(Math.Abs(value))) - figures + 1;

    private static double RoundAt(double value, int place)
    {
        var scaled = value / Math.Pow(10, place);
        if (Math.Abs(scaled) < 7.9e27)
        {
            var rounded = Math.Round((decimal)scaled, 0, MidpointRounding.AwayFromZero);
            return (double)rounded;
        }

        return Math.Round(scaled, MidpointRounding.AwayFromZero);
    }
}
