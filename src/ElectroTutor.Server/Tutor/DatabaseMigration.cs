using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;

namespace ElectroTutor.Server.Tutor;

/// <summary>
/// Brings the tutor database to the current schema when the server starts, before it accepts requests. A database
/// from a newer version, or one that cannot be reached, stops the start-up with a clear message.
/// </summary>
internal sealed partial class DatabaseMigration(TutorDatabase database, TimeProvider clock, ILogger<DatabaseMigration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = new SchemaMigrator(database).Migrate(clock);
        LogReady(logger, database.Location, applied.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Tutor database {Location} is current ({Applied} migration(s) applied now).")]
    private static partial void LogReady(ILogger logger, string location, int applied);
}
