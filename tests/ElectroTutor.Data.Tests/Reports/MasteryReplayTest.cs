using ElectroTutor.Data.Content;
using ElectroTutor.Data.Reports;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class MasteryReplayTest
{
    private static readonly Lazy<QuestionBank> Bank = new(() =>
    {
        var loaded = BankFolder.Load(BankFolder.Find(null) ?? throw new InvalidOperationException("No data/ folder above the tests."));
        return loaded.Bank ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors));
    });

    [Fact]
    public void Each_item_counts_once_and_the_last_hint_turns_a_right_answer_into_wrong_evidence()
    {
        var template = Bank.Value.Templates.First(t => t.Skills.Count == 1 && t.Hints.Count > 0);
        var skill = template.Skills[0];
        var parameters = TutorEngineOptions.Default.ParametersOf(skill);
        var start = Records.Noon;
        StudentAttempt Attempt(int minute, int seed, AnswerVerdict verdict, int hints = 0, string? templateId = null) =>
            new(minute, start.AddMinutes(minute), templateId ?? template.Id, seed, "x", verdict, null, hints);

        var points = MasteryReplay.Replay(
            [
                Attempt(1, seed: 1, AnswerVerdict.Incorrect),
                Attempt(2, seed: 1, AnswerVerdict.Correct),                           // a retry of the same item: not counted
                Attempt(3, seed: 2, AnswerVerdict.Unparseable),                       // not gradeable: not counted
                Attempt(4, seed: 2, AnswerVerdict.Correct, hints: template.Hints.Count), // after the last hint: wrong evidence
                Attempt(5, seed: 3, AnswerVerdict.CorrectWithNote),
                Attempt(6, seed: 4, AnswerVerdict.Correct, templateId: "no-longer-in-the-bank"),
            ],
            Bank.Value,
            TutorEngineOptions.Default);

        var afterWrong = Bkt.Update(parameters, parameters.PInit, correct: false);
        var afterBottomOut = Bkt.Update(parameters, afterWrong, correct: false);
        var afterRight = Bkt.Update(parameters, afterBottomOut, correct: true);
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(4), start.AddMinutes(5)], points.Select(p => p.At));
        Assert.All(points, p => Assert.Equal(skill, p.SkillId));
        Assert.Equal(afterWrong, points[0].Mastery, 12);
        Assert.Equal(afterBottomOut, points[1].Mastery, 12);
        Assert.Equal(afterRight, points[2].Mastery, 12);
    }

    [Fact]
    public void Every_skill_of_a_multi_skill_template_gets_a_point()
    {
        var template = Bank.Value.Templates.FirstOrDefault(t => t.Skills.Distinct(StringComparer.Ordinal).Count() > 1);
        Assert.NotNull(template);

        var points = MasteryReplay.Replay([new StudentAttempt(1, Records.Noon, template.Id, 1, "x", AnswerVerdict.Correct, null, 0)], Bank.Value, TutorEngineOptions.Default);

        Assert.Equal(template.Skills.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), points.Select(p => p.SkillId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_attempts_give_no_points() =>
        Assert.Empty(MasteryReplay.Replay([], Bank.Value, TutorEngineOptions.Default));
}
