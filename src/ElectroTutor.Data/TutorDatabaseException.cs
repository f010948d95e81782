namespace ElectroTutor.Data;

/// <summary>
/// The database cannot be used as it is: written by a newer ElectroTutor, not an ElectroTutor database, locked by
/// another process, or not openable. The message says which and what to do; nothing has been changed.
/// </summary>
public sealed class TutorDatabaseException : Exception
{
    public TutorDatabaseException()
    {
    }

    public TutorDatabaseException(string message)
        : base(message)
    {
    }

    public TutorDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
