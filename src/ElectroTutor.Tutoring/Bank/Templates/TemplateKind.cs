namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>How a learner answers an item.</summary>
public enum TemplateKind
{
    /// <summary>A number with a unit, computed by the simulator or a formula.</summary>
    Numeric,

    /// <summary>One of several choices; distractors name misconceptions.</summary>
    Choice,

    /// <summary>Put events in order.</summary>
    Ordering,

    /// <summary>A short word or phrase checked against accepted key phrases.</summary>
    ShortAnswer,
}
