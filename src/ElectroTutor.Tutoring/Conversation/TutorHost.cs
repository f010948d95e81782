using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Runs the engine against the stores: load the learner's conversation, run the turn, store everything it changed
/// in one commit, and only then hand back the replies. If another turn of the same learner committed first, the turn
/// is run again on the fresh state, so no update is lost. A redelivered activity id gets the replies it got before.
/// One learner's turns run one at a time within a host, in the order they arrive (<see cref="LearnerTurnGate"/>), so
/// only turns stored by another server instance can make a turn rerun.
/// </summary>
public sealed class TutorHost
{
    private const int MaximumConflictRetries = 5;

    // The answer to a redelivered activity whose replies are no longer kept (SavedConversation.RepliesKept).
    private const string AlreadyAnsweredText = "I got that message twice and have already answered it, so it doesn't count again.";

    private readonly TutorEngine engine;
    private readonly TutorStores stores;
    private readonly TimeProvider clock;
    private readonly Func<long> seeds;

    private readonly ConversationCache? cache;
    private readonly LearnerTurnGate turns = new();

    /// <summary>A host for <paramref name="engine"/> over <paramref name="stores"/>, taking a fresh seed per turn from <paramref name="seeds"/>.</summary>
    public TutorHost(TutorEngine engine, TutorStores stores, TimeProvider clock, Func<long> seeds)
        : this(engine, stores, clock, seeds, cache: null)
    {
    }

    /// <summary>
    /// As the other constructor, and starting each turn from <paramref name="cache"/> when it holds the learner's last
    /// committed conversation (null: always read the stores). The cache must be this host's alone.
    /// </summary>
    public TutorHost(TutorEngine engine, TutorStores stores, TimeProvider clock, Func<long> seeds, ConversationCache? cache)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(seeds);
        (this.engine, this.stores, this.clock, this.seeds, this.cache) = (engine, stores, clock, seeds, cache);
    }

    /// <summary>Runs and stores one turn. Store failures propagate; nothing is acknowledged then.</summary>
    public async Task<HostedTurn> RunAsync(TurnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var turn = await turns.EnterAsync(request.Learner, cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Whatever failed (a forgotten learner, a database error), the next turn starts from the stores.
            cache?.Remove(request.Learner);
            throw;
        }
    }

    private async Task<HostedTurn> RunCoreAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var cached = cache?.Find(request.Learner);
        var learner = cached?.Learner ?? await stores.Learners.GetOrCreateAsync(request.Learner, request.DisplayName, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < MaximumConflictRetries; attempt++)
        {
            long version;
            SavedConversation saved;
            string? problem = null;
            if (cached is not null)
            {
                (version, saved) = (cached.Version, cached.Saved);
                cached = null;
            }
            else
            {
                var snapshot = await stores.Conversations.LoadAsync(learner.Id, cancellationToken).ConfigureAwait(false);
                bool refuse;
                (saved, problem, refuse) = await ReadAsync(learner.Id, snapshot, cancellationToken).ConfigureAwait(false);
                if (refuse)
                {
                    return new HostedTurn(learner.Id, [new TextReply("Your session was saved by a newer version of ElectroTutor than this one, so I won't touch it. Please use the newer version.")], []) { StateProblem = problem };
                }

                version = snapshot?.Version ?? 0;
            }

            if (saved.Answered(request.ActivityId) is { } answered)
            {
                return answered.RepliesForgotten
                    ? new HostedTurn(learner.Id, [new TextReply(AlreadyAnsweredText)], []) { IsRepeat = true }
                    : new HostedTurn(learner.Id, answered.Replies, answered.Suggestions) { IsRepeat = true };
            }

            var context = new TurnContext(learner.Id, request.Learner.ChannelId, request.ActivityId, clock.GetUtcNow(), seeds()) { ChannelDisplayName = learner.DisplayName };
            var outcome = await RunEngineAsync(saved.State, request.Input, context, request.Learner, cancellationToken).ConfigureAwait(false);
            var after = saved.After(outcome, request.ActivityId);
            var result = await stores.Turns.CommitAsync(outcome.ToCommit(learner.Id, version, TutorStateJson.Write(after)), cancellationToken).ConfigureAwait(false);
            if (result.Saved)
            {
                cache?.Store(request.Learner, new CachedConversation(learner with { DisplayName = outcome.DisplayName ?? learner.DisplayName }, result.Version, after));
                return new HostedTurn(learner.Id, outcome.Replies, outcome.Suggestions) { EndsSession = outcome.EndsSession, Fault = outcome.Fault, StateProblem = problem };
            }

            if (cache is not null)
            {
                // Another turn (perhaps on another server) stored first: start again from the store, learner included.
                cache.Remove(request.Learner);
                learner = await stores.Learners.GetOrCreateAsync(request.Learner, request.DisplayName, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }

        return new HostedTurn(learner.Id, [new TextReply("I'm still busy with your previous messages — please send that again in a moment.")], []);
    }

    private async Task<TurnOutcome> RunEngineAsync(TutorState state, TutorInput input, TurnContext context, LearnerKey asker, CancellationToken cancellationToken)
    {
        var outcome = engine.Handle(state, input, context);
        if (outcome.ClassReportCode is { } reportCode)
        {
            // Only the port knows whether the asker teaches the class; without one, nobody does.
            var summary = stores.ClassSummaries is { } summaries
                ? await summaries.SummarizeForInstructorAsync(asker, reportCode, cancellationToken).ConfigureAwait(false)
                : null;
            var reported = engine.Handle(outcome.State, TutorInput.ClassSummaryLookup(reportCode, summary), context);
            return reported with { Replies = [.. outcome.Replies, .. reported.Replies], Fault = outcome.Fault ?? reported.Fault };
        }

        if (outcome.JoinCode is not { } code)
        {
            return outcome;
        }

        ClassRecord? found = null;
        var enrolled = false;
        if (stores.Classes is { } classes)
        {
            found = await classes.FindByJoinCodeAsync(code, cancellationToken).ConfigureAwait(false);
            enrolled = found is not null && await classes.EnrollAsync(context.LearnerId, found.Id, context.Now, cancellationToken).ConfigureAwait(false);
        }

        var joined = engine.Handle(outcome.State, TutorInput.ClassLookup(code, found, enrolled), context);
        return joined with
        {
            Replies = [.. outcome.Replies, .. joined.Replies],
            Attempts = [.. outcome.Attempts, .. joined.Attempts],
            SkillStates = [.. outcome.SkillStates, .. joined.SkillStates],
            DisplayName = joined.DisplayName ?? outcome.DisplayName,
            ResetSkillStates = outcome.ResetSkillStates || joined.ResetSkillStates,
            Fault = outcome.Fault ?? joined.Fault,
        };
    }

    private async Task<(SavedConversation Saved, string? Problem, bool Refuse)> ReadAsync(long learnerId, ConversationSnapshot? snapshot, CancellationToken cancellationToken)
    {
        // Read after the conversation, never before: a turn stored in between raises the version, so this turn's
        // commit fails and it runs again, instead of storing skills computed from an older standing.
        var skillStates = await stores.SkillStates.ForLearnerAsync(learnerId, cancellationToken).ConfigureAwait(false);
        if (snapshot is not null)
        {
            var saved = TutorStateJson.TryRead(snapshot.StateJson, skillStates, out var problem, out var newer);
            if (saved is not null)
            {
                return (saved, null, false);
            }

            if (newer)
            {
                return (SavedConversation.Empty, problem, true);
            }

            return (Rebuild(skillStates), problem + " It was rebuilt from the stored skill states.", false);
        }

        return (Rebuild(skillStates), null, false);
    }

    /// <summary>A conversation rebuilt from stored skill states (after a reset of the conversation table, or damage).</summary>
    private static SavedConversation Rebuild(IReadOnlyList<SkillStateRecord> skillStates) =>
        skillStates.Count == 0
            ? SavedConversation.Empty
            : new SavedConversation(StoredSkills.Restore(TutorState.New with { Stage = SessionStage.Ready }, skillStates), []);
}
