using ElectroTutor.Data.Connection;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Operations;

/// <summary>Reads every attempt, oldest first, for export.</summary>
public static class AttemptExport
{
    public static async Task<IReadOnlyList<AttemptExportRow>> ReadAsync(TutorDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext();
        return await context.Attempts.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new AttemptExportRow(
                a.Id, a.LearnerId, a.ChannelId, a.ActivityId, a.AnsweredAt, a.TemplateId, a.Seed, a.ParametersJson,
                a.RawAnswer, a.ParsedValue, a.ParsedUnit, a.Verdict, a.MisconceptionId, a.HintsUsed, a.ResponseTimeMs))
            .ToListAsync(cancellationToken);
    }
}
