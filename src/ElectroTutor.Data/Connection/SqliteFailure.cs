using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Connection;

/// <summary>Turns SQLite's error codes into messages a person can act on.</summary>
internal static class SqliteFailure
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static bool IsUniqueViolation(SqliteException exception) =>
        exception.SqliteErrorCode == 19 && exception.SqliteExtendedErrorCode is 2067 or 1555;

    public static Exception Explain(SqliteException exception, string location) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new TutorDatabaseException(
            $"The database {location} is locked by another process (a running server or another command); nothing was changed. Try again when it is free.",
            exception),
        ReadOnly => new TutorDatabaseException($"The database {location} is read-only; nothing was changed.", exception),
        CantOpen => new TutorDatabaseException($"Cannot open the database {location}: {exception.Message}", exception),
        NotADatabase => new TutorDatabaseException($"{location} is not a SQLite database; nothing was changed.", exception),
        _ => exception,
    };
}
