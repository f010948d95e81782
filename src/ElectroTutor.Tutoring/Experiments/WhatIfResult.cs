using System.Text;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>What a what-if run shows the learner: a title, a short physiological explanation, a table of numbers
/// (normal against changed) and, where the model has a time course, a chart of it.</summary>
/// <param name="Request">The request that was run.</param>
/// <param name="Title">A short heading, e.g. "What if [K⁺]o 10 mM?".</param>
/// <param name="Explanation">One to three plain sentences: what changed and why the cell responds as it does.</param>
/// <param name="Quantities">The table rows.</param>
/// <param name="Chart">Membrane potential or force over time, normal against changed; null when the experiment has no
/// time course worth drawing (the pump switched off, a chloride change).</param>
public sealed record WhatIfResult(WhatIfRequest Request, string Title, string Explanation, IReadOnlyList<WhatIfQuantity> Quantities, LineChart? Chart)
{
    /// <summary>The chart's series (normal first), or none.</summary>
    public IReadOnlyList<ChartSeries> Series => Chart?.Series ?? [];

    /// <summary>The table in aligned plain-text columns (quantity, normal, new, unit), for terminals and plain chat.</summary>
    public string Table
    {
        get
        {
            var nameWidth = Math.Max("Quantity".Length, Quantities.Max(q => q.Name.Length));
            var normalWidth = Math.Max("Normal".Length, Quantities.Max(q => q.NormalText.Length));
            var newWidth = Math.Max("New".Length, Quantities.Max(q => q.ChangedText.Length));
            var text = new StringBuilder();
            Row("Quantity", "Normal", "New", "Unit");
            text.Append(new string('─', nameWidth + normalWidth + newWidth + 10)).Append('\n');
            foreach (var q in Quantities)
            {
                Row(q.Name, q.NormalText, q.ChangedText, q.Unit);
            }

            return text.ToString().TrimEnd('\n');

            void Row(string name, string normal, string changed, string unit) =>
                text.Append(name.PadRight(nameWidth)).Append("  ").Append(normal.PadLeft(normalWidth)).Append("  ")
                    .Append(changed.PadLeft(newWidth)).Append("  ").Append(unit).Append('\n');
        }
    }
}
