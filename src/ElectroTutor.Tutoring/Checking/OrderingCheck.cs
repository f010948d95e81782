using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>Ordering items: the learner lists the shown letters in order; feedback says how many are in place.</summary>
internal static class OrderingCheck
{
    public static ItemVerdict Check(Item item, string? text)
    {
        var expected = item.CorrectOrder.Select(letter => letter[0] - 'A').ToList();
        var expectedText = string.Join(", ", item.CorrectOrder);
        var parsed = new OrderingAnswerParser(item.OrderingShown.Count).Parse(text);
        if (!parsed.IsSuccess)
        {
            return new ItemVerdict
            {
                Verdict = parsed.Failure == ChoiceParseFailure.Ambiguous ? AnswerVerdict.Ambiguous : AnswerVerdict.Unparseable,
                Feedback = parsed.Message,
                ExpectedText = expectedText,
            };
        }

        var given = string.Join(", ", parsed.Order.Select(ItemChoices.Letter));
        var inPlace = parsed.Order.Where((index, position) => expected[position] == index).Count();
        var right = inPlace == expected.Count;
        return new ItemVerdict
        {
            Verdict = right ? AnswerVerdict.Correct : AnswerVerdict.Incorrect,
            Feedback = right
                ? "Correct: that is the order."
                : $"Not quite: {inPlace} of {expected.Count} are in the right place. Think about what has to happen before each step can start.",
            ExpectedText = expectedText,
            ParsedText = given,
        };
    }
}
