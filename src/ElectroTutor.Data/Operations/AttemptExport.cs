using System.Runtime.CompilerServices;
using ElectroTutor.Data.Connection;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Operations;

/// <summary>Reads every attempt, oldest first, for export.</summary>
public static class AttemptExport
{
    /// <summary>Streams the attempts so that an export of any size holds one row in memory at a time.</summary>
    public static async IAsyncEnumerable<AttemptExportRow> ReadAsync(TutorDatabase database, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext();
        var rows = context.Attempts.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new AttemptExportRow(
                a.Id, a.LearnerId, a.ChannelId, a.ActivityId, a.AnsweredAt, a.TemplateId, a.Seed, a.ParametersJson,
                a.RawAnswer, a.ParsedValue, a.ParsedUnit, a.Verdict, a.MisconceptionId, a.HintsUsed, a.ResponseTimeMs))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }
}
