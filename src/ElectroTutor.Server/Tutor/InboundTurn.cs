using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tutor;

/// <summary>What an inbound activity means to the tutor: whose turn it is and what they did.</summary>
/// <param name="Learner">The learner.</param>
/// <param name="DisplayName">The learner's name on the channel.</param>
/// <param name="Input">What the learner did.</param>
internal sealed record InboundTurn(LearnerKey Learner, string DisplayName, TutorInput Input)
{
    /// <summary>The tutor input carried by <paramref name="activity"/>, or null when it carries none (typing, events, the bot itself joining).</summary>
    public static InboundTurn? From(Activity activity)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
            case ActivityTypes.Invoke when string.Equals(activity.Name, "adaptiveCard/action", StringComparison.Ordinal):
                return FromUser(activity, activity.From, Read(activity));
            case ActivityTypes.ConversationUpdate:
                return Joined(activity);
            case ActivityTypes.InstallationUpdate when activity.Action is { } action && action.StartsWith("add", StringComparison.Ordinal):
                return FromUser(activity, activity.From, TutorInput.Joined());
            default:
                return null;
        }
    }

    private static TutorInput Read(Activity activity)
    {
        if (Cards.CardSubmission.TryRead(activity, out var submitted))
        {
            return submitted;
        }

        var text = activity.GetTextWithoutMentions(activity.Recipient?.Id) ?? activity.Text;
        return TutorInput.Message(text);
    }

    private static InboundTurn? Joined(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];

        // Someone other than the bot joined: greet them. Only the bot joined (Teams, when a user installs the app in a
        // personal chat) or nobody was named (some emulators): greet the sender, unless that is the bot itself.
        var member = added.FirstOrDefault(m => !string.Equals(m.Id, botId, StringComparison.Ordinal))
            ?? (string.Equals(activity.From?.Id, botId, StringComparison.Ordinal) ? null : activity.From);
        return member is null ? null : FromUser(activity, member, TutorInput.Joined());
    }

    private static InboundTurn? FromUser(Activity activity, ChannelAccount? account, TutorInput input) =>
        LearnerIdentity.Of(activity.ChannelId, account) is { } learner
            ? new InboundTurn(learner, LearnerIdentity.DisplayName(account), input)
            : null;
}
