namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>How a simulated tutor chooses what to practise.</summary>
public enum TutoringStrategy
{
    /// <summary>The real <see cref="Selection.NextItemSelector"/>, stopping when every skill is declared mastered.</summary>
    Adaptive,

    /// <summary>Textbook order: skills in graph order, a fixed number of items each, every skill declared done.</summary>
    FixedOrder,

    /// <summary>A uniformly random skill not yet declared mastered (no prerequisite gate), stopping when all are.</summary>
    RandomOrder,
}
