using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ElectroTutor.Data.Connection;

/// <summary>
/// Recognises the insert that lost a race to a unique index, on either provider: SQLite's constraint error
/// (19, extended 2067 or 1555) or PostgreSQL's SQLSTATE 23505.
/// </summary>
internal static class DuplicateKey
{
    public static bool Caused(DbUpdateException exception) => IsUniqueViolation(exception.InnerException);

    /// <summary>True when <paramref name="exception"/> itself is the provider's unique-index violation (plain ADO.NET commands).</summary>
    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => SqliteFailure.IsUniqueViolation(sqlite),
        PostgresException postgres => PostgresFailure.IsUniqueViolation(postgres),
        _ => false,
    };
}
