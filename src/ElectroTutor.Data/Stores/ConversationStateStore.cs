using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="IConversationStateStore"/> over <c>conversation_states</c>. A save is one conditional statement
/// (<c>UPDATE … WHERE version = expected</c>, or an insert guarded by the primary key), so of two turns that loaded the
/// same version exactly one saves and the other is told of the conflict.
/// </summary>
public sealed class ConversationStateStore(TutorDatabase database, TimeProvider clock) : IConversationStateStore
{
    public async Task<ConversationSnapshot?> LoadAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.ConversationStates.AsNoTracking().SingleOrDefaultAsync(c => c.LearnerId == learnerId, cancellationToken);
        return row is null ? null : new ConversationSnapshot(row.LearnerId, row.StateJson, row.Version);
    }

    public async Task<ConversationSave> SaveAsync(long learnerId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateJson);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var now = clock.GetUtcNow();
        await using var context = database.CreateContext();
        if (expectedVersion == 0)
        {
            context.ConversationStates.Add(new ConversationState { LearnerId = learnerId, StateJson = stateJson, Version = 1, UpdatedAt = now });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return new ConversationSave(Saved: true, Version: 1);
            }
            catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
            {
                return new ConversationSave(Saved: false, Version: await CurrentVersionAsync(learnerId, cancellationToken));
            }
        }

        var next = expectedVersion + 1;
        var updated = await context.ConversationStates
            .Where(c => c.LearnerId == learnerId && c.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StateJson, stateJson).SetProperty(c => c.Version, next).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        return updated == 1
            ? new ConversationSave(Saved: true, Version: next)
            : new ConversationSave(Saved: false, Version: await CurrentVersionAsync(learnerId, cancellationToken));
    }

    private async Task<long> CurrentVersionAsync(long learnerId, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.ConversationStates.Where(c => c.LearnerId == learnerId).Select(c => (long?)c.Version).SingleOrDefaultAsync(cancellationToken) ?? 0;
    }
}
