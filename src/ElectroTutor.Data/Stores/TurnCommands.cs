using System.Data.Common;
using ElectroTutor.Data.Entities;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// A turn's statements as plain parameterised commands on one open connection and transaction, without EF Core's
/// change tracking, for <see cref="TurnStore"/> and the group-commit writer alike: the version claim, the attempt duplicate
/// look-up (only for attempts with an activity id), the attempt insert and a skill-state upsert (<c>INSERT … ON
/// CONFLICT (learner_id, skill_id) DO UPDATE</c>, valid on SQLite and PostgreSQL), and a savepoint per turn. Each
/// command is created on first use and reused for as long as these commands live — one turn for <see cref="TurnStore"/>,
/// every batch of the writer's connection for <see cref="GroupCommitTurnStore"/> (<see cref="Enlist"/>) — so the
/// provider prepares its SQL once, not once per turn. One thread at a time.
/// </summary>
internal sealed class TurnCommands(DbConnection connection, DbTransaction? transaction) : IAsyncDisposable
{
    private const string TurnSavepoint = "turn";

    private const string AttemptColumns =
        "learner_id, channel_id, activity_id, template_id, seed, parameters_json, raw_answer, parsed_value, parsed_unit, verdict, misconception_id, hints_used, response_time_ms, answered_at";

    private const string SkillStateColumns =
        "learner_id, skill_id, mastery, attempts, correct, last_practiced_at, next_review_at, review_stability_days, last_reviewed_at, reviews, lapses";

    private readonly List<DbCommand> created = [];
    private DbTransaction? transaction = transaction;
    private DbCommand? savepoint;
    private DbCommand? releaseSavepoint;
    private DbCommand? rollbackToSavepoint;
    private DbCommand? claimFirst;
    private DbCommand? claimNext;
    private DbCommand? currentVersion;
    private DbCommand? findAttempt;
    private DbCommand? insertAttempt;
    private DbCommand? upsertSkillState;
    private DbCommand? deleteSkillStates;
    private DbCommand? rename;

    /// <summary>
    /// Writes one turn: claims the version and, only if that succeeded, the attempts, skill states and display name.
    /// A conflict writes nothing and reports the current version. The caller owns the savepoint around it.
    /// </summary>
    public async Task<TurnCommitResult> ApplyAsync(TurnCommit commit, DateTimeOffset now)
    {
        if (!await ClaimVersionAsync(commit, now).ConfigureAwait(false))
        {
            currentVersion ??= Create("SELECT version FROM conversation_states WHERE learner_id = @learner_id", "@learner_id");
            currentVersion.Parameters[0].Value = commit.LearnerId;
            var current = await currentVersion.ExecuteScalarAsync().ConfigureAwait(false);
            return new TurnCommitResult(Saved: false, current is null or DBNull ? 0 : Convert.ToInt64(current, System.Globalization.CultureInfo.InvariantCulture), []);
        }

        var attempts = await WriteAttemptsAsync(commit.Attempts).ConfigureAwait(false);
        await WriteSkillStatesAsync(commit).ConfigureAwait(false);
        if (commit.DisplayName is { } displayName)
        {
            rename ??= Create("UPDATE learners SET display_name = @display_name WHERE id = @id", "@display_name", "@id");
            await ExecuteAsync(rename, displayName, commit.LearnerId).ConfigureAwait(false);
        }

        return new TurnCommitResult(Saved: true, commit.ExpectedVersion + 1, attempts);
    }

    /// <summary>Runs the following statements in <paramref name="next"/>, a later transaction on the same connection.</summary>
    public void Enlist(DbTransaction next)
    {
        ArgumentNullException.ThrowIfNull(next);
        transaction = next;
        foreach (var command in created)
        {
            command.Transaction = next;
        }
    }

    /// <summary>Starts the turn's savepoint, so a turn that fails can be undone alone.</summary>
    public Task SaveAsync() => (savepoint ??= Create($"SAVEPOINT {TurnSavepoint}")).ExecuteNonQueryAsync();

    /// <summary>Ends the turn's savepoint, keeping what the turn wrote.</summary>
    public Task ReleaseAsync() => (releaseSavepoint ??= Create($"RELEASE SAVEPOINT {TurnSavepoint}")).ExecuteNonQueryAsync();

    /// <summary>Undoes what the turn wrote since its savepoint; the savepoint stays until released.</summary>
    public Task RollbackToSavepointAsync() => (rollbackToSavepoint ??= Create($"ROLLBACK TO SAVEPOINT {TurnSavepoint}")).ExecuteNonQueryAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var command in created)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        created.Clear();
    }

    /// <summary>Moves the conversation state from the expected version to the next; false when it had moved on.</summary>
    private async Task<bool> ClaimVersionAsync(TurnCommit commit, DateTimeOffset now)
    {
        if (commit.ExpectedVersion == 0)
        {
            // A state saved meanwhile makes this insert nothing.
            claimFirst ??= Create(
                "INSERT INTO conversation_states (learner_id, state_json, version, updated_at) VALUES (@learner_id, @state_json, 1, @updated_at) ON CONFLICT (learner_id) DO NOTHING",
                "@learner_id", "@state_json", "@updated_at");
            return await ExecuteAsync(claimFirst, commit.LearnerId, commit.StateJson, now).ConfigureAwait(false) == 1;
        }

        claimNext ??= Create(
            "UPDATE conversation_states SET state_json = @state_json, version = @next_version, updated_at = @updated_at WHERE learner_id = @learner_id AND version = @expected_version",
            "@state_json", "@next_version", "@updated_at", "@learner_id", "@expected_version");
        return await ExecuteAsync(claimNext, commit.StateJson, commit.ExpectedVersion + 1, now, commit.LearnerId, commit.ExpectedVersion).ConfigureAwait(false) == 1;
    }

    private async Task<List<RecordedAttempt>> WriteAttemptsAsync(IReadOnlyList<AttemptRecord> attempts)
    {
        var recorded = new List<RecordedAttempt>(attempts.Count);
        var byDelivery = new Dictionary<(string Channel, string Activity), RecordedAttempt>();
        foreach (var attempt in attempts)
        {
            if (attempt.ActivityId is not { } activityId)
            {
                recorded.Add(await InsertAsync(attempt).ConfigureAwait(false));
                continue;
            }

            if (byDelivery.TryGetValue((attempt.ChannelId, activityId), out var earlier))
            {
                recorded.Add(earlier with { IsRepeat = true });
                continue;
            }

            var entry = await FindAsync(attempt.ChannelId, activityId).ConfigureAwait(false) ?? await InsertAsync(attempt).ConfigureAwait(false);
            byDelivery.Add((attempt.ChannelId, activityId), entry);
            recorded.Add(entry);
        }

        return recorded;
    }

    /// <summary>The attempt stored before for this delivery, as a repeat; null when there is none.</summary>
    private async Task<RecordedAttempt?> FindAsync(string channelId, string activityId)
    {
        findAttempt ??= Create($"SELECT id, {AttemptColumns} FROM attempts WHERE channel_id = @channel_id AND activity_id = @activity_id", "@channel_id", "@activity_id");
        findAttempt.Parameters[0].Value = channelId;
        findAttempt.Parameters[1].Value = activityId;
        var reader = await findAttempt.ExecuteReaderAsync().ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                return null;
            }

            var row = new Attempt
            {
                Id = reader.GetInt64(0),
                LearnerId = reader.GetInt64(1),
                ChannelId = reader.GetString(2),
                ActivityId = reader.IsDBNull(3) ? null : reader.GetString(3),
                TemplateId = reader.GetString(4),
                Seed = reader.GetInt32(5),
                ParametersJson = reader.GetString(6),
                RawAnswer = reader.GetString(7),
                ParsedValue = reader.IsDBNull(8) ? null : reader.GetDouble(8),
                ParsedUnit = reader.IsDBNull(9) ? null : reader.GetString(9),
                Verdict = reader.GetString(10),
                MisconceptionId = reader.IsDBNull(11) ? null : reader.GetString(11),
                HintsUsed = reader.GetInt32(12),
                ResponseTimeMs = reader.GetInt64(13),
                AnsweredAt = reader.GetFieldValue<DateTimeOffset>(14),
            };
            return row.ToRecorded(isRepeat: true);
        }
    }

    private async Task<RecordedAttempt> InsertAsync(AttemptRecord attempt)
    {
        insertAttempt ??= Create(
            $"INSERT INTO attempts ({AttemptColumns}) VALUES (@learner_id, @channel_id, @activity_id, @template_id, @seed, @parameters_json, @raw_answer, @parsed_value, @parsed_unit, @verdict, @misconception_id, @hints_used, @response_time_ms, @answered_at) RETURNING id",
            "@learner_id", "@channel_id", "@activity_id", "@template_id", "@seed", "@parameters_json", "@raw_answer", "@parsed_value", "@parsed_unit", "@verdict", "@misconception_id", "@hints_used", "@response_time_ms", "@answered_at");
        var row = attempt.ToRow();
        Bind(insertAttempt, row.LearnerId, row.ChannelId, row.ActivityId, row.TemplateId, row.Seed, row.ParametersJson, row.RawAnswer, row.ParsedValue, row.ParsedUnit, row.Verdict, row.MisconceptionId, row.HintsUsed, row.ResponseTimeMs, row.AnsweredAt);
        row.Id = Convert.ToInt64(await insertAttempt.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return row.ToRecorded(isRepeat: false);
    }

    private async Task WriteSkillStatesAsync(TurnCommit commit)
    {
        if (commit.ResetSkillStates)
        {
            deleteSkillStates ??= Create("DELETE FROM skill_states WHERE learner_id = @learner_id", "@learner_id");
            await ExecuteAsync(deleteSkillStates, commit.LearnerId).ConfigureAwait(false);
        }

        // One statement per state in the turn's order, so a skill given twice keeps its last state.
        foreach (var state in commit.SkillStates)
        {
            upsertSkillState ??= Create(
                $"INSERT INTO skill_states ({SkillStateColumns}) VALUES (@learner_id, @skill_id, @mastery, @attempts, @correct, @last_practiced_at, @next_review_at, @review_stability_days, @last_reviewed_at, @reviews, @lapses) "
                + "ON CONFLICT (learner_id, skill_id) DO UPDATE SET mastery = excluded.mastery, attempts = excluded.attempts, correct = excluded.correct, "
                + "last_practiced_at = excluded.last_practiced_at, next_review_at = excluded.next_review_at, review_stability_days = excluded.review_stability_days, "
                + "last_reviewed_at = excluded.last_reviewed_at, reviews = excluded.reviews, lapses = excluded.lapses",
                "@learner_id", "@skill_id", "@mastery", "@attempts", "@correct", "@last_practiced_at", "@next_review_at", "@review_stability_days", "@last_reviewed_at", "@reviews", "@lapses");
            var row = new SkillState();
            row.CopyFrom(state);
            await ExecuteAsync(upsertSkillState, row.LearnerId, row.SkillId, row.Mastery, row.Attempts, row.Correct, row.LastPracticedAt, row.NextReviewAt, row.ReviewStabilityDays, row.LastReviewedAt, row.Reviews, row.Lapses).ConfigureAwait(false);
        }
    }

    private DbCommand Create(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Fixed statements of this class; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        created.Add(command);
        return command;
    }

    private static Task<int> ExecuteAsync(DbCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQueryAsync();
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
