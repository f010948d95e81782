using ElectroTutor.Data.Connection;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="IAttemptStore"/> over the <c>attempts</c> table. Idempotency rests on the unique index on
/// (channel_id, activity_id): a look-up answers the common redelivery, and the index settles a race between two.
/// </summary>
public sealed class AttemptStore(TutorDatabase database) : IAttemptStore
{
    public async Task<RecordedAttempt> RecordAsync(AttemptRecord attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (await FindDeliveryAsync(attempt, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        await using var context = database.CreateContext();
        var row = attempt.ToRow();
        context.Attempts.Add(row);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return row.ToRecorded(isRepeat: false);
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            return await FindDeliveryAsync(attempt, cancellationToken)
                ?? throw new InvalidOperationException("An attempt collided with one that cannot be found.", exception);
        }
    }

    public async Task<IReadOnlyList<RecordedAttempt>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Attempts.AsNoTracking().Where(a => a.LearnerId == learnerId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToRecorded(isRepeat: false));
    }

    private async Task<RecordedAttempt?> FindDeliveryAsync(AttemptRecord attempt, CancellationToken cancellationToken)
    {
        if (attempt.ActivityId is null)
        {
            return null;
        }

        await using var context = database.CreateContext();
        var row = await context.Attempts.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ChannelId == attempt.ChannelId && a.ActivityId == attempt.ActivityId, cancellationToken);
        return row?.ToRecorded(isRepeat: true);
    }
}
