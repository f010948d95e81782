using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public class TurnTest
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly BktParameters Parameters = new(PInit: 0.2, PLearn: 0.2, PSlip: 0.1, PGuess: 0.2, PForget: 0);

    private static TutorState Practised() => TutorState.New.WithProgress(LearnerProgress.Empty
        .With("nernst", new LearnerSkillState(0.6, 3, Now.AddDays(-1), null))
        .Record("nernst-k", ["nernst"], correct: true, _ => Parameters, MasteryPolicy.Default, new FixedClock(Now)));

    private static Turn NewTurn(TutorState state) => new(state, new TurnContext(1, "test", null, Now, 7));

    [Fact]
    public void Progress_is_the_states_progress_and_is_built_once_while_it_does_not_change()
    {
        var turn = NewTurn(Practised());
        var first = turn.Progress;
        AssertSameProgress(turn.State.Progress, first);
        Assert.Same(first, turn.Progress);

        turn.State = turn.State with { Name = "Sam", Revising = true, CorrectCounts = new Dictionary<string, int>(StringComparer.Ordinal) { ["nernst"] = 1 } };
        Assert.Same(first, turn.Progress);
    }

    [Fact]
    public void Progress_follows_a_state_whose_skills_history_or_ability_changed()
    {
        var turn = NewTurn(Practised());
        var before = turn.Progress;

        turn.State = turn.State with { LearnerAbility = 0.4 };
        Assert.NotSame(before, turn.Progress);
        Assert.Equal(0.4, turn.Progress.LearnerAbility);

        turn.State = turn.State with { RecentTemplates = ["ghk-1"] };
        Assert.Equal(["ghk-1"], turn.Progress.RecentTemplates);

        turn.State = TutorState.New;
        Assert.Empty(turn.Progress.Skills);
    }

    [Fact]
    public void Set_progress_stores_it_in_the_state_and_reads_back_as_restoring_would()
    {
        var turn = NewTurn(Practised());
        var updated = turn.Progress.Record("ghk-1", ["ghk"], correct: false, _ => Parameters, MasteryPolicy.Default, new FixedClock(Now));
        turn.SetProgress(updated);

        Assert.Same(updated, turn.Progress);
        AssertSameProgress(turn.State.Progress, turn.Progress);
        Assert.Equal(2, turn.State.Skills.Count);
    }

    [Fact]
    public void A_progress_with_an_unusable_ability_reads_back_as_the_state_restores_it()
    {
        var turn = NewTurn(Practised());
        var predictor = new AnswerPredictor(_ => Parameters, ItemDifficulty.None, double.MaxValue);
        var prediction = turn.Progress.Predict(predictor, ["nernst"], "nernst-k");
        var runaway = turn.Progress;
        for (var i = 0; i < 10; i++)
        {
            runaway = runaway.AfterFirstTry(predictor, prediction, correct: true);
        }

        Assert.False(double.IsFinite(runaway.LearnerAbility));

        turn.SetProgress(runaway);
        Assert.Equal(0, turn.Progress.LearnerAbility);
        AssertSameProgress(turn.State.Progress, turn.Progress);
    }

    private static void AssertSameProgress(LearnerProgress expected, LearnerProgress actual)
    {
        Assert.Equal(expected.Skills.OrderBy(s => s.Key, StringComparer.Ordinal), actual.Skills.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Equal(expected.RecentSkills, actual.RecentSkills);
        Assert.Equal(expected.RecentTemplates, actual.RecentTemplates);
        Assert.Equal(expected.LearnerAbility, actual.LearnerAbility);
    }
}
