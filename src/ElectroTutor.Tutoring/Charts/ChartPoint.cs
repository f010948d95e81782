namespace ElectroTutor.Tutoring.Charts;

/// <summary>One sample of a series, in the units of the chart's axes.</summary>
/// <param name="X">Horizontal value (usually time), finite.</param>
/// <param name="Y">Vertical value, finite.</param>
public readonly record struct ChartPoint(double X, double Y);
