using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Connection;

/// <summary>Turns SQLite's error codes into messages a person can act on.</summary>
internal static class SqliteFailure
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;
    private const int ForeignKeyConstraint = 787;

    public static bool IsUniqueViolation(SqliteException exception) =>
        exception.SqliteErrorCode == Constraint && exception.SqliteExtendedErrorCode is 2067 or 1555;

    public static Exception Explain(SqliteException exception, string location) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new TutorDatabaseException(
            $"The database {location} is locked by another process (a running server or another command); nothing was changed. Try again when it is free.",
            exception),
        ReadOnly => new TutorDatabaseException($"The database {location} is read-only; nothing was changed.", exception),
        Full => new TutorDatabaseException(StorageFailure.Full(location), exception),
        IoError => new TutorDatabaseException(
            $"The database {location} could not be read or written (disk error: {exception.Message}); nothing was changed. Check the disk and free space.", exception),
        CantOpen => new TutorDatabaseException($"Cannot open the database {location}: {exception.Message}", exception),
        NotADatabase => new TutorDatabaseException($"{location} is not a SQLite database; nothing was changed.", exception),
        Constraint when exception.SqliteExtendedErrorCode == ForeignKeyConstraint => new TutorDatabaseException(StorageFailure.MissingReference(location), exception),
        Constraint when !IsUniqueViolation(exception) => new TutorDatabaseException(StorageFailure.ValueRefused(location, exception.Message), exception),
        _ => exception,
    };
}
