using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Charts;
using ElectroTutor.Tutoring.Experiments;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>The outcome of a "simulate …" experiment: what changed, the numbers against the normal cell, and a chart.</summary>
/// <param name="Title">What was simulated.</param>
/// <param name="Explanation">Why the numbers changed, in a sentence or two.</param>
/// <param name="Quantities">Each quantity, normal and changed.</param>
/// <param name="Chart">Membrane potential or force over time, normal against changed; null when the experiment has none.</param>
public sealed record ExperimentReply(string Title, string Explanation, IReadOnlyList<WhatIfQuantity> Quantities, LineChart? Chart) : TutorReply
{
    /// <summary>Most points kept per series, so replies stay small enough for every channel and for the saved state.</summary>
    public const int MaximumPointsPerSeries = 200;

    /// <summary>The reply for <paramref name="result"/>, its chart thinned to <see cref="MaximumPointsPerSeries"/> points a series.</summary>
    public static ExperimentReply From(WhatIfResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chart = result.Chart is { } full
            ? new LineChart(full.Title, full.XAxis, full.YAxis, [.. full.Series.Select(Thin)])
            : null;
        return new ExperimentReply(result.Title, result.Explanation, result.Quantities, chart);
    }

    /// <inheritdoc />
    public override string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{Title}**\n\n{Explanation}\n\n| Quantity | Normal | Now | Unit |\n|---|---:|---:|---|");
        foreach (var quantity in Quantities)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n| {quantity.Name} | {quantity.NormalText} | {quantity.ChangedText} | {quantity.Unit} |");
        }

        return text.ToString();
    }

    /// <summary>Every n-th point, plus the series' highest and lowest points so peaks survive thinning.</summary>
    private static ChartSeries Thin(ChartSeries series)
    {
        if (series.Points.Count <= MaximumPointsPerSeries)
        {
            return series;
        }

        var stride = (int)Math.Ceiling(series.Points.Count / (double)(MaximumPointsPerSeries - 2));
        var peak = series.Peak;
        var trough = series.Trough;
        var kept = series.Points.Where((point, index) => index % stride == 0 || point == peak || point == trough || index == series.Points.Count - 1).Distinct().ToList();
        return series with { Points = kept };
    }
}
