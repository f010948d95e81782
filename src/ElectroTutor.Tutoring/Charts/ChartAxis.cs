namespace ElectroTutor.Tutoring.Charts;

/// <summary>An axis of a chart: what is plotted along it and in which unit.</summary>
/// <param name="Label">Quantity name shown beside the axis, e.g. "Time".</param>
/// <param name="Unit">Unit symbol, e.g. "ms"; empty for a pure number.</param>
public sealed record ChartAxis(string Label, string Unit)
{
    /// <summary>The label with its unit in brackets ("Time (ms)"), or the label alone for a pure number.</summary>
    public string Caption => string.IsNullOrEmpty(Unit) ? Label : $"{Label} ({Unit})";
}
