namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>Settings of <see cref="MasterySimulation"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>Simulated learners, one or more; every strategy teaches the same learners.</summary>
    public int Learners { get; init; } = 200;

    /// <summary>Seed for learners, answers and item choices; a run is fixed by it.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Items per skill in the fixed textbook order.</summary>
    public int FixedItemsPerSkill { get; init; } = 10;

    /// <summary>The most items per skill of the graph one learner may get (a run stops there if not done).</summary>
    public int MaxItemsPerSkill { get; init; } = 40;

    /// <summary>The selection thresholds the tutor uses (mastery at 0.95 by default).</summary>
    public Selection.MasteryPolicy Policy { get; init; } = Selection.MasteryPolicy.Default;

    /// <summary>The tutor's BKT parameters for every skill; the simulated learners do not follow them exactly.</summary>
    public BktParameters TutorParameters { get; init; } = BktParameters.Default;
}
