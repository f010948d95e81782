using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ElectroTutor.Data.Connection;

/// <summary>
/// Sets the per-connection pragmas on every connection EF Core opens (foreign keys come from the connection string),
/// among them <c>synchronous = FULL</c>: a commit waits until the log is on disk, whatever a pooled connection was set
/// to before (<see cref="DeferredDurability"/>).
/// </summary>
internal sealed class SqlitePragmaInterceptor(TutorDatabase database) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply((SqliteConnection)connection, database);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply((SqliteConnection)connection, database);
        return Task.CompletedTask;
    }

    public static void Apply(SqliteConnection connection, TutorDatabase database)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = " + database.BusyTimeoutMs.ToString(CultureInfo.InvariantCulture) + "; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
        if (database.SqliteMaxPageCount is { } pages)
        {
            command.CommandText += " PRAGMA max_page_count = " + pages.ToString(CultureInfo.InvariantCulture) + ";";
        }

        command.ExecuteNonQuery();
    }
}
