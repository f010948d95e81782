namespace ElectroTutor.Data.Reports;

/// <summary>What looks wrong with a question template, once enough learners have answered it.</summary>
[Flags]
public enum ItemConcerns
{
    /// <summary>Nothing flagged (or too few learners to judge).</summary>
    None = 0,

    /// <summary>Facility above the too-easy threshold.</summary>
    TooEasy = 1,

    /// <summary>Facility below the too-hard threshold.</summary>
    TooHard = 2,

    /// <summary>Stronger students get it wrong more often than weaker ones: a suspect key or a misleading question.</summary>
    NegativeDiscrimination = 4,
}
