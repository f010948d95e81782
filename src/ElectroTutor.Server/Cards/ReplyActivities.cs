using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// Turns the tutor's transport-neutral replies into Bot Framework message activities: questions, feedback, progress
/// and menus as Adaptive Cards, hints, solutions and plain text as Markdown. Every activity also carries the Markdown
/// as <c>text</c> and the reply's JSON as <c>channelData.electroTutor</c>, so any client (and any test) can read the
/// item and verdict without scraping.
/// </summary>
public static class ReplyActivities
{
    /// <summary>Teams shows no more quick replies than this.</summary>
    public const int MaximumSuggestions = 3;

    /// <summary>
    /// One unaddressed <c>message</c> activity per reply, in order (the caller fills <c>from</c>, <c>recipient</c>,
    /// <c>conversation</c> and <c>replyToId</c>). The first <see cref="MaximumSuggestions"/> of
    /// <paramref name="suggestions"/> become <c>imBack</c> suggested actions on the last activity, unless it carries a
    /// card: Teams drops suggested actions next to attachments, and the card has its own buttons. Links to the server's
    /// own pages (a class's dashboard) are made under <paramref name="baseUrl"/>; without it they are left out.
    /// </summary>
    public static IReadOnlyList<Activity> From(IReadOnlyList<TutorReply> replies, IReadOnlyList<string> suggestions, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(suggestions);
        var activities = new List<Activity>(replies.Count);
        for (var index = 0; index < replies.Count; index++)
        {
            var questionFollows = replies.Skip(index + 1).Any(r => r is QuestionReply);
            activities.Add(ToActivity(replies[index], questionFollows, baseUrl));
        }

        if (activities.Count > 0 && activities[^1].Attachments is null && suggestions.Count > 0)
        {
            activities[^1] = activities[^1] with { SuggestedActions = QuickReplies(suggestions) };
        }

        return activities;
    }

    private static Activity ToActivity(TutorReply reply, bool questionFollows, Uri? baseUrl)
    {
        var markdown = reply.ToMarkdown();
        var card = reply switch
        {
            QuestionReply question => QuestionCard.Build(question),
            FeedbackReply feedback => FeedbackCard.Build(feedback, questionFollows),
            ProgressReply progress => ProgressCard.Build(progress),
            MenuReply menu => MenuCard.Build(menu),
            ClassSummaryReply summary => ClassSummaryCard.Build(summary, baseUrl),
            _ => null,
        };
        if (card is not null)
        {
            // Channels that render cards show the card alone; the Markdown rides along as the card's own fallback.
            card["fallbackText"] = reply is ClassSummaryReply summaryReply && ClassSummaryCard.DashboardUrl(summaryReply, baseUrl) is { } dashboard
                ? markdown.Replace("/" + summaryReply.DashboardPath, dashboard.ToString(), StringComparison.Ordinal)
                : markdown;
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = card is null ? markdown : null,
            TextFormat = "markdown",
            Summary = card is null ? null : Summary(markdown),
            Attachments = card is not null ? [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }]
                : reply is ExperimentReply { Chart: { } chart } ? [ChartImage.Attachment(chart)]
                : null,

            // The reply itself, serialized once and copied into the activity's JSON when that is sent.
            ChannelData = new JsonObject { [CardSubmitData.Property] = RawJson.Node(reply, ConversationJson.Reply) },
        };
    }

    /// <summary>The first line of the reply, for notifications and screen readers.</summary>
    private static string Summary(string markdown)
    {
        var text = markdown.Replace("**", string.Empty, StringComparison.Ordinal);
        var line = text.Split('\n', 2)[0];
        return line.Length <= 120 ? line : string.Concat(line.AsSpan(0, 117), "…");
    }

    private static SuggestedActions QuickReplies(IReadOnlyList<string> suggestions) => new()
    {
        Actions = [.. suggestions.Take(MaximumSuggestions).Select(s => new CardAction { Type = "imBack", Title = s, Value = s })],
    };
}
