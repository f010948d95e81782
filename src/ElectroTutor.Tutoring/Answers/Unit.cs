namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// A unit a learner may write: its display symbol, the other spellings accepted for it and the affine map to the
/// canonical unit of its <see cref="Dimension"/>: <c>canonical = value × Factor + Offset</c>.
/// </summary>
/// <param name="Symbol">The symbol used in feedback, e.g. <c>mV</c>, <c>µA/cm²</c>, <c>°C</c>.</param>
/// <param name="Dimension">What the unit measures.</param>
/// <param name="Factor">Multiplier to the canonical unit; strictly positive.</param>
/// <param name="Offset">Added after <paramref name="Factor"/>; non-zero only for °C and °F.</param>
/// <param name="Name">The spelled-out name used in feedback, e.g. <c>millivolts</c>.</param>
public sealed record Unit(string Symbol, Dimension Dimension, double Factor, double Offset, string Name)
{
    /// <summary>True when the conversion has an offset (°C, °F), so ratios of values in this unit mean nothing.</summary>
    public bool IsAffine => Offset != 0;

    /// <summary>Converts a value in this unit to the canonical unit of <see cref="Dimension"/>.</summary>
    /// <param name="value">A value in this unit.</param>
    /// <returns>The same quantity in the canonical unit.</returns>
    public double ToCanonical(double value) => (value * Factor) + Offset;

    /// <summary>Converts a value in the canonical unit of <see cref="Dimension"/> to this unit.</summary>
    /// <param name="canonical">A value in the canonical unit.</param>
    /// <returns>The same quantity in this unit.</returns>
    public double FromCanonical(double canonical) => (canonical - Offset) / Factor;

    /// <summary>Converts <paramref name="value"/> in this unit into <paramref name="target"/>.</summary>
    /// <param name="value">A value in this unit.</param>
    /// <param name="target">A unit of the same dimension.</param>
    /// <returns>The same quantity expressed in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public double ConvertTo(double value, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != Dimension)
        {
            throw new ArgumentException($"Cannot convert {Symbol} ({Dimension}) to {target.Symbol} ({target.Dimension}).", nameof(target));
        }

        return ReferenceEquals(target, this) ? value : target.FromCanonical(ToCanonical(value));
    }

    /// <inheritdoc/>
    public override string ToString() => Symbol;
}
