using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ElectroTutor.Data.Connection;

/// <summary>Sets the per-connection pragmas on every connection EF Core opens (foreign keys come from the connection string).</summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply((SqliteConnection)connection, busyTimeoutMs);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply((SqliteConnection)connection, busyTimeoutMs);
        return Task.CompletedTask;
    }

    public static void Apply(SqliteConnection connection, int busyTimeoutMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = " + busyTimeoutMs.ToString(CultureInfo.InvariantCulture) + "; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
