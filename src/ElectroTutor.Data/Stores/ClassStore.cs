using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="IClassStore"/> over <c>classes</c> and <c>enrollments</c>. Join codes are stored upper-case, so a code is
/// found whatever case the learner types it in; enrolment is idempotent on the (class, learner) key.
/// </summary>
public sealed class ClassStore(TutorDatabase database) : IClassStore
{
    public async Task<ClassRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(joinCode))
        {
            return null;
        }

        var code = JoinCode.Normalize(joinCode);
        await using var context = database.CreateContext();
        var row = await context.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.JoinCode == code, cancellationToken);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    /// <remarks>A class or learner that does not exist fails with the database's foreign-key error (see <see cref="TutorDatabase.Explain"/>).</remarks>
    public async Task<bool> EnrollAsync(long learnerId, long classId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (await context.Enrollments.AnyAsync(e => e.ClassId == classId && e.LearnerId == learnerId, cancellationToken))
        {
            return false;
        }

        context.Enrollments.Add(new Enrollment { ClassId = classId, LearnerId = learnerId, EnrolledAt = now.ToUniversalTime() });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            // The same learner joined the same class a moment ago (a redelivered message).
            return false;
        }
    }

    public async Task<IReadOnlyList<ClassRecord>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Enrollments.AsNoTracking()
            .Where(e => e.LearnerId == learnerId)
            .Join(context.Classes, e => e.ClassId, c => c.Id, (_, c) => c)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id).Select(c => c.ToRecord()).ToList();
    }
}
