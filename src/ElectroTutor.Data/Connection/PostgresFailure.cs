using Npgsql;

namespace ElectroTutor.Data.Connection;

/// <summary>Turns PostgreSQL's failures into messages a person can act on.</summary>
internal static class PostgresFailure
{
    public static bool IsUniqueViolation(PostgresException exception) => exception.SqlState == PostgresErrorCodes.UniqueViolation;

    public static Exception Explain(NpgsqlException exception, string location) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => new TutorDatabaseException(
            $"The database {location} does not exist; create it (createdb) and run 'electrotutor db migrate'.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } login => new TutorDatabaseException(
            $"The database {location} refused the login: {login.MessageText}", exception),
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied => new TutorDatabaseException(
            $"The database {location} refused the change: {denied.MessageText}; nothing was changed.", exception),
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled } => new TutorDatabaseException(
            $"The database {location} is locked by another process (a running server or another command); nothing was changed. Try again when it is free.", exception),
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow } closed => new TutorDatabaseException(
            $"The database {location} closed the connection ({closed.MessageText}); nothing was changed. Try again in a moment.", exception),
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => new TutorDatabaseException(StorageFailure.Full(location), exception),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => new TutorDatabaseException(StorageFailure.MissingReference(location), exception),
        PostgresException { SqlState: PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation } refused => new TutorDatabaseException(
            StorageFailure.ValueRefused(location, refused.MessageText), exception),
        PostgresException => exception,
        _ => new TutorDatabaseException($"Cannot connect to the database {location}: {exception.Message}", exception),
    };
}
