using System.Globalization;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class QuestionFlowTest
{
    // The template and skill of the load-test conversation in which the note was shown twice.
    private const string TemplateId = "hypokalemia-potential-change";
    private const string SkillId = "ion-concentration-disorders";

    [Theory]
    [InlineData(1, true, false)]
    [InlineData(2, true, false)]
    [InlineData(1, false, true)]
    [InlineData(3, true, true)]
    public void A_correct_answer_shows_each_note_exactly_once(int seed, bool tooManyFigures, bool unitInLowerCase)
    {
        var chat = WithOpenQuestion(seed);
        var item = chat.OpenItem();
        var policy = Assert.IsType<SignificantFigurePolicy>(item.SignificantFigures);
        var answer = $"{Figures(item.Answer!.Value, tooManyFigures ? 16 : policy.Most)} {(unitInLowerCase ? "mv" : "mV")}";
        var verdict = new ItemChecker(RealBank.Bank).Check(item, answer);
        Assert.Equal(AnswerVerdict.CorrectWithNote, verdict.Verdict);

        chat.Say(answer);

        var message = chat.Feedback.Message;
        Assert.True(chat.Feedback.Correct);
        Assert.Equal("correct-with-note", chat.Feedback.Verdict);
        Assert.StartsWith("Correct: ", message, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(message, verdict.Note!));
        Assert.Equal(tooManyFigures ? 1 : 0, Occurrences(message, "claims more precision"));
        Assert.Equal(unitInLowerCase ? 1 : 0, Occurrences(message, "case-sensitive"));
        Assert.Equal(1, Occurrences(message, "Mastery of"));
    }

    [Fact]
    public void A_note_on_a_retried_answer_is_shown_once_too()
    {
        var chat = WithOpenQuestion(1);
        var item = chat.OpenItem();
        chat.Say(ItemAnswerKey.Wrong(item));
        Assert.False(chat.Feedback.Correct);

        chat.Say($"{Figures(item.Answer!.Value, 16)} mV");

        var message = chat.Feedback.Message;
        Assert.Equal("correct-with-note", chat.Feedback.Verdict);
        Assert.Equal(1, Occurrences(message, "Right value"));
        Assert.Contains("doesn't change your mastery", message, StringComparison.Ordinal);
    }

    private static Transcript WithOpenQuestion(int seed) => new(TutorState.New with
    {
        Stage = SessionStage.Ready,
        Name = "Sam",
        Question = new OpenQuestion(TemplateId, seed, SkillId, false, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)),
    });

    // The value written with exactly `figures` significant figures in fixed notation, as a learner copying a calculator would.
    private static string Figures(double value, int figures)
    {
        var decimals = figures - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        Assert.InRange(decimals, 1, 20);
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
