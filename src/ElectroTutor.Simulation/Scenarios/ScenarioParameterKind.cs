namespace ElectroTutor.Simulation.Scenarios;

/// <summary>The kind of value a scenario input takes.</summary>
public enum ScenarioParameterKind
{
    /// <summary>A finite number in the parameter's unit.</summary>
    Number,

    /// <summary>A text drawn from the parameter's choices.</summary>
    Text,
}
