namespace ElectroTutor.Simulation.Scenarios;

/// <summary>A scenario that cannot be evaluated as written: unknown model, input or quantity, or a value out of range.</summary>
public sealed class ScenarioException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ScenarioException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public ScenarioException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
