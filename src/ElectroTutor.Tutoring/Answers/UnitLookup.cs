namespace ElectroTutor.Tutoring.Answers;

/// <summary>The outcome of reading a unit: the unit, or the candidates it could mean, or nothing.</summary>
/// <param name="Unit">The unit read; null when none or several matched.</param>
/// <param name="Note">Set when the unit was read leniently (for example "mv" read as mV, "C" as °C).</param>
/// <param name="Candidates">Units the text could mean when it is ambiguous (for example "MM": mM or mm).</param>
public sealed record UnitLookup(Unit? Unit, string? Note, IReadOnlyList<Unit> Candidates)
{
    /// <summary>True when exactly one unit was read.</summary>
    public bool IsFound => Unit is not null;

    /// <summary>True when the text could mean more than one unit.</summary>
    public bool IsAmbiguous => Unit is null && Candidates.Count > 1;

    internal static UnitLookup Found(Unit unit, string? note = null) => new(unit, note, [unit]);

    internal static UnitLookup NotFound(IReadOnlyList<Unit> candidates) => new(null, null, candidates);
}
