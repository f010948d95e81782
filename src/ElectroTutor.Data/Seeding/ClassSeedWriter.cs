using System.Data.Common;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ElectroTutor.Data.Seeding;

/// <summary>
/// Stores simulated learners of a class in bulk, for demos and benchmarks: a batch of learners per transaction, with
/// their enrolment, skill states and conversation through EF Core and their attempts (the bulk of the rows) through
/// one prepared insert on SQLite or a binary COPY on PostgreSQL. The rows are exactly what the stores write during
/// real tutoring, so every report and the tutor itself read them as they would a real class. A batch is all or
/// nothing. Not for live traffic: it skips the delivery checks of <see cref="TurnStore"/>.
/// </summary>
public sealed class ClassSeedWriter(TutorDatabase database)
{
    private const string AttemptColumns =
        "learner_id, channel_id, activity_id, template_id, seed, parameters_json, raw_answer, parsed_value, parsed_unit, verdict, misconception_id, hints_used, response_time_ms, answered_at";

    /// <summary>How many learners of <paramref name="channelId"/> have a user id starting with <paramref name="userIdPrefix"/>.</summary>
    public async Task<int> CountLearnersAsync(string channelId, string userIdPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userIdPrefix);
        await using var context = database.CreateContext();
        return await context.Learners.CountAsync(l => l.ChannelId == channelId && l.UserId.StartsWith(userIdPrefix), cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="learners"/> as new learners enrolled in class <paramref name="classId"/>, in one
    /// transaction; returns their new ids in the same order.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The database refused the batch (a learner exists already, no such class, disk full); nothing of it was stored.</exception>
    public async Task<IReadOnlyList<long>> WriteAsync(long classId, IReadOnlyList<SeededLearner> learners, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(learners);
        try
        {
            return await TryWriteAsync(classId, learners, cancellationToken);
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            throw new TutorDatabaseException($"A learner of this batch is already stored in {database.Location}; nothing of the batch was written.", exception);
        }
        catch (Exception exception) when (exception is not TutorDatabaseException && database.Explain(exception) is TutorDatabaseException explained)
        {
            throw new TutorDatabaseException($"The batch of {learners.Count} learner(s) was not stored. {explained.Message}", exception);
        }
    }

    private async Task<IReadOnlyList<long>> TryWriteAsync(long classId, IReadOnlyList<SeededLearner> learners, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var rows = learners.Select(l => new Learner
        {
            ChannelId = l.Key.ChannelId, UserId = l.Key.UserId, DisplayName = l.DisplayName, CreatedAt = StoredTime.Of(l.JoinedAt),
        }).ToList();
        context.Learners.AddRange(rows);
        await context.SaveChangesAsync(cancellationToken);

        for (var i = 0; i < learners.Count; i++)
        {
            var learner = learners[i];
            var id = rows[i].Id;
            context.Enrollments.Add(new Enrollment { ClassId = classId, LearnerId = id, EnrolledAt = StoredTime.Of(learner.JoinedAt) });
            context.ConversationStates.Add(new ConversationState { LearnerId = id, StateJson = learner.StateJson, Version = 1, UpdatedAt = StoredTime.Of(learner.LastActiveAt) });
            foreach (var state in learner.SkillStates)
            {
                var row = new SkillState();
                row.CopyFrom(state with { LearnerId = id });
                context.SkillStates.Add(row);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var ids = rows.ConvertAll(r => r.Id);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await CopyAttemptsAsync((NpgsqlConnection)connection, learners, ids, cancellationToken);
        }
        else
        {
            await InsertAttemptsAsync(connection, dbTransaction, learners, ids, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private static async Task InsertAttemptsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SeededLearner> learners, List<long> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = AttemptColumns.Split(", ");
        command.CommandText = $"INSERT INTO attempts ({AttemptColumns}) VALUES ({string.Join(", ", names.Select(n => "@" + n))})";
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < learners.Count; i++)
        {
            foreach (var attempt in learners[i].Attempts)
            {
                var row = (attempt with { LearnerId = ids[i] }).ToRow();
                object?[] values =
                [
                    row.LearnerId, row.ChannelId, row.ActivityId, row.TemplateId, row.Seed, row.ParametersJson, row.RawAnswer, row.ParsedValue,
                    row.ParsedUnit, row.Verdict, row.MisconceptionId, row.HintsUsed, row.ResponseTimeMs, ReportQuery.Time(DatabaseProvider.Sqlite, StoredTime.Of(row.AnsweredAt)),
                ];
                for (var p = 0; p < values.Length; p++)
                {
                    parameters[p].Value = values[p] ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task CopyAttemptsAsync(NpgsqlConnection connection, IReadOnlyList<SeededLearner> learners, List<long> ids, CancellationToken cancellationToken)
    {
        await using var import = await connection.BeginBinaryImportAsync($"COPY attempts ({AttemptColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < learners.Count; i++)
        {
            foreach (var attempt in learners[i].Attempts)
            {
                var row = (attempt with { LearnerId = ids[i] }).ToRow();
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(row.LearnerId, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.ChannelId, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(import, row.ActivityId, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.TemplateId, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Seed, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(row.ParametersJson, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.RawAnswer, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(import, row.ParsedValue, NpgsqlDbType.Double, cancellationToken);
                await WriteNullableAsync(import, row.ParsedUnit, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Verdict, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(import, row.MisconceptionId, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.HintsUsed, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(row.ResponseTimeMs, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(StoredTime.Of(row.AnsweredAt), NpgsqlDbType.TimestampTz, cancellationToken);
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await import.WriteNullAsync(cancellationToken);
        }
        else
        {
            await import.WriteAsync(value, type, cancellationToken);
        }
    }
}
