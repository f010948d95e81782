using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tutor;

/// <summary>
/// Maps a channel's account to a learner: the channel id plus the user's stable id on it — the Entra object id in
/// Teams (<c>aadObjectId</c>, stable across the user's chats), else the channel's user id (Direct Line, Web Chat).
/// </summary>
internal static class LearnerIdentity
{
    private const int LongestId = 200;

    public static LearnerKey? Of(string? channelId, ChannelAccount? account)
    {
        var userId = account?.AadObjectId is { Length: > 0 } aad ? aad : account?.Id;
        if (string.IsNullOrWhiteSpace(channelId) || string.IsNullOrWhiteSpace(userId) || userId.Length > LongestId || channelId.Length > LongestId)
        {
            return null;
        }

        return new LearnerKey(channelId, userId);
    }

    public static string DisplayName(ChannelAccount? account) =>
        account?.Name is { Length: > 0 and <= 100 } name ? name : "Learner";
}
