using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary><see cref="ISkillStateStore"/> over <c>skill_states</c>, keyed by (learner_id, skill_id).</summary>
public sealed class SkillStateStore(TutorDatabase database) : ISkillStateStore
{
    public async Task<IReadOnlyList<SkillStateRecord>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.SkillStates.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.SkillId).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToRecord());
    }

    public async Task SaveAsync(SkillStateRecord state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var context = database.CreateContext();

        // Skill states change only inside a learner's turn, which the conversation state's version serialises.
        var row = await context.SkillStates.FindAsync([state.LearnerId, state.SkillId], cancellationToken);
        if (row is null)
        {
            row = new SkillState();
            context.SkillStates.Add(row);
        }

        row.CopyFrom(state);
        await context.SaveChangesAsync(cancellationToken);
    }
}
