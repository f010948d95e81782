namespace ElectroTutor.Tutoring.Mastery;

/// <summary>How much help the learner had on an attempt.</summary>
public enum HintUse
{
    /// <summary>No hint was shown.</summary>
    None,

    /// <summary>At least one hint that pointed the way without giving the answer.</summary>
    Partial,

    /// <summary>The last hint, which gives the answer away.</summary>
    BottomOut,
}
