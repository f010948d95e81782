using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Data.Instructors;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// The chat identities instructors are linked to (<c>instructor_identities</c>): a channel id and the user id the server
/// keys learners by on that channel (the Entra object id in Teams, else the channel's user id). An identity belongs to
/// at most one instructor. A context per call: safe to share.
/// </summary>
public sealed class InstructorIdentityStore(TutorDatabase database, TimeProvider clock)
{
    /// <summary>The longest channel or user id accepted, as the server's learner identities.</summary>
    public const int LongestId = 200;

    /// <summary>Links the chat identity to the instructor, unless it belongs to another instructor.</summary>
    /// <exception cref="ArgumentException">The channel or user id is empty or longer than <see cref="LongestId"/>.</exception>
    public async Task<IdentityLink> LinkAsync(long instructorId, string channelId, string userId, CancellationToken cancellationToken = default)
    {
        var (channel, user) = Check(channelId, userId);
        await using var context = database.CreateContext();
        if (await OwnerAsync(context, channel, user, cancellationToken) is { } owner)
        {
            return owner == instructorId ? IdentityLink.AlreadyLinked : IdentityLink.LinkedToAnother;
        }

        context.InstructorIdentities.Add(new InstructorIdentity { ChannelId = channel, UserId = user, InstructorId = instructorId, LinkedAt = StoredTime.Of(clock.GetUtcNow()) });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return IdentityLink.Linked;
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            // Linked a moment ago by someone else: report whose it is now.
            await using var fresh = database.CreateContext();
            return await OwnerAsync(fresh, channel, user, cancellationToken) == instructorId ? IdentityLink.AlreadyLinked : IdentityLink.LinkedToAnother;
        }
    }

    /// <summary>The id of the instructor the chat identity is linked to, or null.</summary>
    public async Task<long?> FindInstructorAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(channelId) || string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        await using var context = database.CreateContext();
        return await OwnerAsync(context, channelId.Trim(), userId.Trim(), cancellationToken);
    }

    private static Task<long?> OwnerAsync(TutorDbContext context, string channelId, string userId, CancellationToken cancellationToken) =>
        context.InstructorIdentities.AsNoTracking()
            .Where(i => i.ChannelId == channelId && i.UserId == userId)
            .Select(i => (long?)i.InstructorId)
            .SingleOrDefaultAsync(cancellationToken);

    private static (string Channel, string User) Check(string channelId, string userId)
    {
        var channel = channelId?.Trim() ?? string.Empty;
        var user = userId?.Trim() ?? string.Empty;
        if (channel.Length is 0 or > LongestId || user.Length is 0 or > LongestId)
        {
            throw new ArgumentException($"A chat identity needs a channel id and a user id of 1 to {LongestId} characters.", nameof(userId));
        }

        return (channel, user);
    }
}
