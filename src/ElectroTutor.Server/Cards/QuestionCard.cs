using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Cards;

/// <summary>
/// A question as an Adaptive Card: the prompt, then either an answer box with a Check button or one button per
/// option, then Hint and Skip. Every button carries the item id so a press on an old card is recognised. The card is
/// built from <see cref="QuestionData"/>, which never holds the answer.
/// </summary>
internal static class QuestionCard
{
    /// <summary>Options up to this long are shown on the buttons themselves; longer ones are listed above letter buttons.</summary>
    private const int ShortOptionLength = 30;

    /// <summary>More options than this become a drop-down: hosts show only a handful of buttons side by side.</summary>
    private const int MaximumOptionButtons = 5;

    /// <summary>Longest text the answer box takes; card submissions are refused past <see cref="CardSubmission.MaximumTextLength"/>.</summary>
    private const int MaximumAnswerLength = 500;

    /// <summary>The card for <paramref name="reply"/>.</summary>
    public static JsonObject Build(QuestionReply reply)
    {
        var question = reply.Question;
        var body = new JsonArray { AdaptiveCard.Heading(reply.Title), AdaptiveCard.TextBlock(question.Prompt) };
        var actions = new JsonArray();
        if (question.Kind == "choice" && question.Choices.Count > 0)
        {
            AddChoices(question, body, actions);
        }
        else
        {
            foreach (var item in question.OrderingItems)
            {
                body.Add(Option(item));
            }

            body.Add(AdaptiveCard.TextInput(CardSubmitData.AnswerField, Placeholder(question), MaximumAnswerLength));
            actions.Add(AdaptiveCard.Submit("Check", CardSubmitData.For(TutorAction.Answer, question.ItemId)));
        }

        actions.Add(AdaptiveCard.Submit("Hint", CardSubmitData.For(TutorAction.Hint, question.ItemId), sendsInputs: false));
        actions.Add(AdaptiveCard.Submit("Skip", CardSubmitData.For(TutorAction.Skip, question.ItemId), sendsInputs: false));
        return AdaptiveCard.Card(body, actions);
    }

    private static void AddChoices(QuestionData question, JsonArray body, JsonArray actions)
    {
        if (question.Choices.Count > MaximumOptionButtons)
        {
            var options = question.Choices.Select(c => ($"{c.Key}. {c.Text}", c.Key));
            body.Add(AdaptiveCard.CompactChoiceSet(CardSubmitData.AnswerField, options, "Pick an answer"));
            actions.Add(AdaptiveCard.Submit("Check", CardSubmitData.For(TutorAction.Answer, question.ItemId)));
            return;
        }

        var shortOptions = question.Choices.All(c => c.Text.Length <= ShortOptionLength);
        if (!shortOptions)
        {
            foreach (var choice in question.Choices)
            {
                body.Add(Option(choice));
            }
        }

        var buttons = question.Choices.Select(choice => (JsonNode)AdaptiveCard.Submit(
            shortOptions ? $"{choice.Key}. {choice.Text}" : choice.Key,
            CardSubmitData.For(TutorAction.Answer, question.ItemId, choice.Key),
            sendsInputs: false));
        body.Add(AdaptiveCard.ActionSet(new JsonArray([.. buttons])));
    }

    private static JsonObject Option(ChoiceData option) => AdaptiveCard.TextBlock($"**{option.Key}.** {option.Text}");

    /// <summary>How to answer, without any number that could be mistaken for (or be) the answer.</summary>
    private static string Placeholder(QuestionData question) => question.Kind switch
    {
        "numeric" when !string.IsNullOrEmpty(question.AnswerUnit) => $"A number and its unit, e.g. in {question.AnswerUnit}",
        "numeric" => "A number",
        "ordering" => "The letters in order, separated by spaces",
        _ => "Your answer in a few words",
    };
}
