namespace ElectroTutor.Data;

/// <summary>
/// The database cannot be used as it is, or refused a change: written by a newer ElectroTutor, not an ElectroTutor
/// database, locked by another process, not openable, full, or the change referred to a missing row or carried a value
/// the schema forbids. The message says which and what to do; nothing has been changed.
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
