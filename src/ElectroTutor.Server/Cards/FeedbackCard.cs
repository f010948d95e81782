using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// Feedback as an Adaptive Card: a coloured headline (good when right, attention when wrong, warning when the answer
/// was not counted), the tutor's message, the skill's mastery after a counted answer, and — once the question is
/// closed — Next question and Why? buttons. A question still open keeps its own card, so no Try again is needed.
/// </summary>
internal static class FeedbackCard
{
    /// <summary>The card for <paramref name="reply"/>; <paramref name="questionFollows"/> drops Next question when the next one is already shown.</summary>
    public static JsonObject Build(FeedbackReply reply, bool questionFollows)
    {
        var feedback = reply.Feedback;
        var body = new JsonArray
        {
            AdaptiveCard.Heading(Headline(feedback), Colour(feedback)),
            AdaptiveCard.TextBlock(feedback.Message),
        };
        if (feedback.Counted)
        {
            body.Add(AdaptiveCard.TextBlock(MasteryLine(feedback), subtle: true));
        }

        var actions = new JsonArray();
        if (!feedback.CanRetry)
        {
            if (!questionFollows)
            {
                actions.Add(AdaptiveCard.Submit("Next question", CardSubmitData.For(TutorAction.Next)));
            }

            actions.Add(AdaptiveCard.Submit("Why?", CardSubmitData.For(TutorAction.Explain, feedback.ItemId)));
        }

        return AdaptiveCard.Card(body, actions);
    }

    private static string Colour(FeedbackData feedback) => feedback switch
    {
        { Correct: true } => "Good",
        { Counted: true } => "Attention",
        _ => "Warning",
    };

    private static string Headline(FeedbackData feedback) => feedback.Verdict switch
    {
        "correct" => "Correct",
        "correct-with-note" => "Correct, with a note",
        "wrong-unit" => "Check the unit",
        "missing-unit" => "Which unit?",
        "unparseable" => "I couldn't read that",
        "ambiguous" => "That could mean more than one thing",
        _ when feedback.Correct => "Correct",
        _ => "Not quite",
    };

    private static string MasteryLine(FeedbackData feedback)
    {
        var percent = Math.Round(Math.Clamp(feedback.MasteryAfter, 0, 1) * 100, MidpointRounding.AwayFromZero);
        var mastered = feedback.Mastered ? " — mastered ✓" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{feedback.SkillName}: {ProgressReply.Bar(feedback.MasteryAfter)} {percent:0}%{mastered}");
    }
}
