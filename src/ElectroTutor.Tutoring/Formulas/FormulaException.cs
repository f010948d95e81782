namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A formula that cannot be parsed or evaluated; the message says where and why.</summary>
public sealed class FormulaException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public FormulaException()
    {
    }

    /// <summary>Creates the exception with a message for authors.</summary>
    /// <param name="message">What is wrong.</param>
    public FormulaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FormulaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
