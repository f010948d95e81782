using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="ILearnerStore"/> over the <c>learners</c> table; a context per call, safe to share. A new learner's row is
/// committed without waiting for the disk (<see cref="DeferredDurability"/>).
/// </summary>
public sealed class LearnerStore(TutorDatabase database) : ILearnerStore
{
    public async Task<LearnerRecord> GetOrCreateAsync(LearnerKey key, string displayName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (await FindAsync(key, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var context = database.CreateContext();
        var row = new Learner { ChannelId = key.ChannelId, UserId = key.UserId, DisplayName = displayName ?? string.Empty, CreatedAt = now.ToUniversalTime() };
        context.Learners.Add(row);
        try
        {
            // The learner's first turn, stored next, makes the row durable with it: no disk flush of its own.
            await DeferredDurability.SaveAsync(context, database.Provider, context.SaveChangesAsync, cancellationToken);
            return row.ToRecord();
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            // Another turn created the same learner a moment ago: theirs is the learner.
            return await FindAsync(key, cancellationToken) ?? throw new InvalidOperationException($"Learner {key} vanished while being created.", exception);
        }
    }

    public async Task<LearnerRecord?> FindAsync(LearnerKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var context = database.CreateContext();
        var row = await context.Learners.AsNoTracking()
            .SingleOrDefaultAsync(l => l.ChannelId == key.ChannelId && l.UserId == key.UserId, cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>The learner with the store id <paramref name="learnerId"/>, or null.</summary>
    public async Task<LearnerRecord?> FindByIdAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.Learners.AsNoTracking().SingleOrDefaultAsync(l => l.Id == learnerId, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<LearnerErasure> ForgetAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        // Explicit deletes (rather than relying on ON DELETE CASCADE alone) so the report says what went.
        var erasure = new LearnerErasure(
            Attempts: await context.Attempts.Where(a => a.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken),
            SkillStates: await context.SkillStates.Where(s => s.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken),
            Conversations: await context.ConversationStates.Where(c => c.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken),
            Enrollments: await context.Enrollments.Where(e => e.LearnerId == learnerId).ExecuteDeleteAsync(cancellationToken),
            Learners: await context.Learners.Where(l => l.Id == learnerId).ExecuteDeleteAsync(cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return erasure;
    }
}
