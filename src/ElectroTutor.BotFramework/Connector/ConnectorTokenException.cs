namespace ElectroTutor.BotFramework.Connector;

/// <summary>A token for the connector could not be obtained; the message says from where and why.</summary>
public sealed class ConnectorTokenException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public ConnectorTokenException()
    {
    }

    /// <summary>Creates an exception with the given reason.</summary>
    public ConnectorTokenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given reason and cause.</summary>
    public ConnectorTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
