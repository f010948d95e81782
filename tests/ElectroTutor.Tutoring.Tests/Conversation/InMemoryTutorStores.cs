using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

/// <summary>Stores in memory with the same versioning and idempotence rules as the database, for host tests.</summary>
internal sealed class InMemoryTutorStores : ILearnerStore, IConversationStateStore, ISkillStateStore, ITurnStore, IClassStore
{
    private readonly Dictionary<LearnerKey, LearnerRecord> learners = [];
    private readonly Dictionary<long, ConversationSnapshot> conversations = [];
    private readonly Dictionary<(long, string), SkillStateRecord> skills = [];
    private readonly List<RecordedAttempt> attempts = [];
    private readonly Lock gate = new();

    public List<ClassRecord> ClassList { get; } = [];

    public HashSet<(long Learner, long Class)> Enrollments { get; } = [];

    public Func<TurnCommit, Task>? BeforeCommit { get; set; }

    public IReadOnlyList<RecordedAttempt> Attempts => attempts;

    public IReadOnlyCollection<SkillStateRecord> SkillRows => skills.Values;

    public TutorStores AsStores() => new(this, this, this, this, this);

    public Task<LearnerRecord> GetOrCreateAsync(LearnerKey key, string displayName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!learners.TryGetValue(key, out var learner))
            {
                learners[key] = learner = new LearnerRecord(learners.Count + 1, key, displayName, now);
            }

            return Task.FromResult(learner);
        }
    }

    public Task<LearnerRecord?> FindAsync(LearnerKey key, CancellationToken cancellationToken = default) =>
        Task.FromResult(learners.GetValueOrDefault(key));

    public Task<LearnerErasure> ForgetAsync(long learnerId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConversationSnapshot?> LoadAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(conversations.GetValueOrDefault(learnerId));
        }
    }

    public Task<ConversationSave> SaveAsync(long learnerId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The host saves through ITurnStore.");

    public Task<IReadOnlyList<SkillStateRecord>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<SkillStateRecord>>([.. skills.Values.Where(s => s.LearnerId == learnerId)]);
        }
    }

    public Task SaveAsync(SkillStateRecord state, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            skills[(state.LearnerId, state.SkillId)] = state;
        }

        return Task.CompletedTask;
    }

    public async Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        if (BeforeCommit is { } hook)
        {
            BeforeCommit = null;
            await hook(commit);
        }

        lock (gate)
        {
            var current = conversations.GetValueOrDefault(commit.LearnerId)?.Version ?? 0;
            if (current != commit.ExpectedVersion)
            {
                return new TurnCommitResult(false, current, []);
            }

            var recorded = commit.Attempts.Select(Record).ToList();
            if (commit.ResetSkillStates)
            {
                foreach (var key in skills.Keys.Where(k => k.Item1 == commit.LearnerId).ToList())
                {
                    skills.Remove(key);
                }
            }

            foreach (var state in commit.SkillStates)
            {
                skills[(state.LearnerId, state.SkillId)] = state;
            }

            conversations[commit.LearnerId] = new ConversationSnapshot(commit.LearnerId, commit.StateJson, current + 1);
            return new TurnCommitResult(true, current + 1, recorded);
        }
    }

    public Task<ClassRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(ClassList.FirstOrDefault(c => string.Equals(c.JoinCode, joinCode, StringComparison.OrdinalIgnoreCase)));

    public Task<bool> EnrollAsync(long learnerId, long classId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Enrollments.Add((learnerId, classId)));

    Task<IReadOnlyList<ClassRecord>> IClassStore.ForLearnerAsync(long learnerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClassRecord>>([.. ClassList.Where(c => Enrollments.Contains((learnerId, c.Id)))]);

    public void Corrupt(long learnerId, string json)
    {
        var version = conversations.GetValueOrDefault(learnerId)?.Version ?? 0;
        conversations[learnerId] = new ConversationSnapshot(learnerId, json, version);
    }

    private RecordedAttempt Record(AttemptRecord attempt)
    {
        var existing = attempt.ActivityId is null ? null : attempts.FirstOrDefault(a =>
            a.Attempt.ChannelId == attempt.ChannelId && a.Attempt.ActivityId == attempt.ActivityId);
        if (existing is not null)
        {
            return existing with { IsRepeat = true };
        }

        var recorded = new RecordedAttempt(attempts.Count + 1, attempt, false);
        attempts.Add(recorded);
        return recorded;
    }
}
