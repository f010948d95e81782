using System.Globalization;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>One row of a what-if table: a named quantity in the normal cell and after the change.</summary>
/// <param name="Name">What is measured, e.g. "Resting potential (squid axon model)".</param>
/// <param name="Unit">Unit symbol, empty for a yes/no or a count.</param>
/// <param name="Normal">Value in the normal cell; NaN when there is none (no spike, no stable rest).</param>
/// <param name="Changed">Value after the change; NaN when there is none.</param>
/// <param name="NormalText">The normal value as people read it ("−65.0", "yes", "none").</param>
/// <param name="ChangedText">The new value as people read it.</param>
public sealed record WhatIfQuantity(string Name, string Unit, double Normal, double Changed, string NormalText, string ChangedText)
{
    /// <summary>A number shown with a fixed count of decimals; NaN is shown as <paramref name="missing"/>.</summary>
    /// <param name="name">Quantity name.</param>
    /// <param name="unit">Unit symbol.</param>
    /// <param name="normal">Normal value.</param>
    /// <param name="changed">New value.</param>
    /// <param name="decimals">Decimals shown, 0–4.</param>
    /// <param name="missing">Text for NaN.</param>
    /// <returns>The row.</returns>
    public static WhatIfQuantity Number(string name, string unit, double normal, double changed, int decimals = 1, string missing = "none") =>
        new(name, unit, normal, changed, Format(normal, decimals, missing), Format(changed, decimals, missing));

    /// <summary>A yes/no row, stored as 1/0.</summary>
    /// <param name="name">Question-like name, e.g. "Fires an action potential".</param>
    /// <param name="normal">Normal answer.</param>
    /// <param name="changed">New answer.</param>
    /// <returns>The row.</returns>
    public static WhatIfQuantity YesNo(string name, bool normal, bool changed) =>
        new(name, string.Empty, normal ? 1 : 0, changed ? 1 : 0, normal ? "yes" : "no", changed ? "yes" : "no");

    /// <summary>True when the shown values differ.</summary>
    public bool Differs => NormalText != ChangedText;

    internal static string Format(double value, int decimals, string missing)
    {
        if (!double.IsFinite(value))
        {
            return missing;
        }

        var text = Math.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        text = text.TrimStart('-').Trim('0', '.').Length == 0 ? text.TrimStart('-') : text;
        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }
}
