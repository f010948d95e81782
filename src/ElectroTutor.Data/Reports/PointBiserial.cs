namespace ElectroTutor.Data.Reports;

/// <summary>
/// The point-biserial correlation of a 0/1 variable x with a numeric y — Pearson's r computed from the sums the
/// database returns, using x² = x.
/// </summary>
internal static class PointBiserial
{
    /// <summary>r in −1…1, or null for fewer than two pairs or when either variable does not vary.</summary>
    public static double? FromSums(int n, double sumX, double sumY, double sumXy, double sumYy)
    {
        if (n < 2)
        {
            return null;
        }

        var varianceX = (n * sumX) - (sumX * sumX);
        var varianceY = (n * sumYy) - (sumY * sumY);
        if (varianceX <= 1e-9 || varianceY <= 1e-9)
        {
            return null;
        }

        var r = ((n * sumXy) - (sumX * sumY)) / Math.Sqrt(varianceX * varianceY);
        return Math.Clamp(r, -1, 1);
    }
}
