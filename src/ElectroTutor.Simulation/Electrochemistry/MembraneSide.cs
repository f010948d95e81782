namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>Which face of the membrane a concentration belongs to.</summary>
public enum MembraneSide
{
    /// <summary>The extracellular solution.</summary>
    Outside,

    /// <summary>The cytoplasm.</summary>
    Inside,
}
