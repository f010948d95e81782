using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="ITurnStore"/>: one database transaction per turn. The conversation state's version is claimed first,
/// with the same conditional statement <see cref="ConversationStateStore"/> uses (<c>UPDATE … WHERE version =
/// expected</c>, or an insert that does nothing if a state exists), so a turn that lost the race writes nothing else and
/// on PostgreSQL the row lock makes a concurrent turn wait and then see the new version. Attempts, skill states and the
/// display name follow in the same transaction; any failure rolls all of it back and is reported as a
/// <see cref="TutorDatabaseException"/>. A context per call: safe to share between requests.
/// </summary>
public sealed class TurnStore(TutorDatabase database, TimeProvider clock) : ITurnStore
{
    // A plain AttemptStore elsewhere may record one of the turn's activities between the look-up and the insert; the
    // unique index then fails the transaction, and a rerun finds the stored attempt and reports it as a repeat.
    private const int DuplicateDeliveryRetries = 3;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An attempt or skill state belongs to another learner.</exception>
    /// <exception cref="TutorDatabaseException">
    /// The database refused the turn (the learner no longer exists, a value is out of range, the disk is full, it is
    /// locked); nothing of the turn was written.
    /// </exception>
    public async Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        Validate(commit);
        for (var run = 1; ; run++)
        {
            try
            {
                return await TryCommitAsync(commit, cancellationToken);
            }
            catch (DbUpdateException exception) when (DuplicateKey.Caused(exception) && run < DuplicateDeliveryRetries)
            {
                // Rolled back; the next run sees the other writer's attempt.
            }
            catch (Exception exception) when (exception is not TutorDatabaseException && database.Explain(exception) is TutorDatabaseException explained)
            {
                throw new TutorDatabaseException($"Learner {commit.LearnerId}'s turn was not stored. {explained.Message}", exception);
            }
        }
    }

    private async Task<TurnCommitResult> TryCommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var result = await ApplyAsync(context, commit, clock.GetUtcNow().ToUniversalTime(), cancellationToken);
        if (result.Saved)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Writes one turn inside the caller's open transaction: claims the version and, only if that succeeded, stages and
    /// saves the attempts, skill states and display name. A conflict writes nothing and reports the current version.
    /// </summary>
    internal static async Task<TurnCommitResult> ApplyAsync(TutorDbContext context, TurnCommit commit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await ClaimVersionAsync(context, commit, now, cancellationToken))
        {
            var current = await context.ConversationStates.Where(c => c.LearnerId == commit.LearnerId)
                .Select(c => (long?)c.Version).SingleOrDefaultAsync(cancellationToken) ?? 0;
            return new TurnCommitResult(Saved: false, current, []);
        }

        var attempts = await StageAttemptsAsync(context, commit.Attempts, cancellationToken);
        await StageSkillStatesAsync(context, commit, cancellationToken);
        if (commit.DisplayName is { } displayName)
        {
            await context.Learners.Where(l => l.Id == commit.LearnerId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.DisplayName, displayName), cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);
        return new TurnCommitResult(Saved: true, commit.ExpectedVersion + 1, attempts.ConvertAll(a => a.Resolve()));
    }

    /// <summary>Moves the conversation state from the expected version to the next; false when it had moved on.</summary>
    private static async Task<bool> ClaimVersionAsync(TutorDbContext context, TurnCommit commit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (commit.ExpectedVersion == 0)
        {
            // Both engines accept this form; a state saved meanwhile makes it insert nothing.
            return await context.Database.ExecuteSqlAsync(
                $"INSERT INTO conversation_states (learner_id, state_json, version, updated_at) VALUES ({commit.LearnerId}, {commit.StateJson}, {1L}, {now}) ON CONFLICT (learner_id) DO NOTHING",
                cancellationToken) == 1;
        }

        var next = commit.ExpectedVersion + 1;
        return await context.ConversationStates
            .Where(c => c.LearnerId == commit.LearnerId && c.Version == commit.ExpectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StateJson, commit.StateJson).SetProperty(c => c.Version, next).SetProperty(c => c.UpdatedAt, now), cancellationToken) == 1;
    }

    private static async Task<List<StagedAttempt>> StageAttemptsAsync(TutorDbContext context, IReadOnlyList<AttemptRecord> attempts, CancellationToken cancellationToken)
    {
        var staged = new List<StagedAttempt>(attempts.Count);
        var byDelivery = new Dictionary<(string Channel, string Activity), StagedAttempt>();
        foreach (var attempt in attempts)
        {
            if (attempt.ActivityId is { } activityId)
            {
                if (byDelivery.TryGetValue((attempt.ChannelId, activityId), out var earlier))
                {
                    staged.Add(earlier with { IsRepeat = true });
                    continue;
                }

                var stored = await context.Attempts.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.ChannelId == attempt.ChannelId && a.ActivityId == activityId, cancellationToken);
                var entry = stored is null ? Insert(context, attempt) : new StagedAttempt(stored, IsRepeat: true);
                byDelivery.Add((attempt.ChannelId, activityId), entry);
                staged.Add(entry);
            }
            else
            {
                staged.Add(Insert(context, attempt));
            }
        }

        return staged;
    }

    private static StagedAttempt Insert(TutorDbContext context, AttemptRecord attempt)
    {
        var row = attempt.ToRow();
        context.Attempts.Add(row);
        return new StagedAttempt(row, IsRepeat: false);
    }

    private static async Task StageSkillStatesAsync(TutorDbContext context, TurnCommit commit, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, SkillState>(StringComparer.Ordinal);
        if (commit.ResetSkillStates)
        {
            await context.SkillStates.Where(s => s.LearnerId == commit.LearnerId).ExecuteDeleteAsync(cancellationToken);
        }
        else if (commit.SkillStates.Count > 0)
        {
            var skillIds = commit.SkillStates.Select(s => s.SkillId).Distinct(StringComparer.Ordinal).ToList();
            var existing = await context.SkillStates.Where(s => s.LearnerId == commit.LearnerId && skillIds.Contains(s.SkillId)).ToListAsync(cancellationToken);
            foreach (var row in existing)
            {
                rows.Add(row.SkillId, row);
            }
        }

        // A skill given twice in one turn keeps its last state.
        foreach (var state in commit.SkillStates)
        {
            if (!rows.TryGetValue(state.SkillId, out var row))
            {
                row = new SkillState();
                context.SkillStates.Add(row);
                rows.Add(state.SkillId, row);
            }

            row.CopyFrom(state);
        }
    }

    internal static void Validate(TurnCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.ExpectedVersion < 0 || commit.StateJson is null)
        {
            throw new ArgumentException("A turn needs a state and a version of 0 or more.", nameof(commit));
        }

        if (commit.Attempts.Any(a => a?.LearnerId != commit.LearnerId) || commit.SkillStates.Any(s => s?.LearnerId != commit.LearnerId))
        {
            throw new ArgumentException($"Every attempt and skill state of learner {commit.LearnerId}'s turn must be theirs.", nameof(commit));
        }
    }

    /// <summary>An attempt of the turn: a row to insert (its id known after saving) or one stored before.</summary>
    private sealed record StagedAttempt(Attempt Row, bool IsRepeat)
    {
        public RecordedAttempt Resolve() => Row.ToRecorded(IsRepeat);
    }
}
