using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Mastery.Selection;
using static ElectroTutor.Tutoring.Tests.Mastery.Selection.SelectionFixture;

namespace ElectroTutor.Tutoring.Tests.Mastery.Selection;

public class LearnerProgressTest
{
    private readonly FakeClock clock = new();

    [Fact]
    public void Reaching_the_threshold_schedules_the_first_review_a_day_later()
    {
        var progress = LearnerProgress.Empty.Master("a", clock);
        var review = progress.Skills["a"].Review!;
        Assert.Equal(FakeClock.Start + TimeSpan.FromDays(1), review.DueAt);
        Assert.Empty(progress.DueReviews(clock.GetUtcNow()));
        Assert.Equal("a", Assert.Single(progress.DueReviews(review.DueAt)).SkillId);
    }

    [Fact]
    public void A_correct_due_review_lengthens_the_interval()
    {
        var progress = LearnerProgress.Empty.Master("a", clock);
        clock.Advance(TimeSpan.FromDays(1));
        var after = progress.Record("a-mid", ["a"], correct: true, Of, MasteryPolicy.Default, clock).Skills["a"];
        Assert.Equal(1, after.Review!.Reviews);
        Assert.True(after.Review.DueAt - clock.GetUtcNow() > TimeSpan.FromDays(2));
        Assert.True(MasteryPolicy.Default.IsMastered(after.Mastery));
    }

    [Fact]
    public void A_failed_review_reopens_the_skill_with_less_stability()
    {
        var progress = LearnerProgress.Empty.Master("a", clock).At("b", 0.97).At("c", 0.97).At("d", 0.97);
        clock.Advance(TimeSpan.FromDays(2));
        progress = progress.Record("a-mid", ["a"], correct: false, Of, MasteryPolicy.Default, clock);
        var state = progress.Skills["a"];
        Assert.True(state.Mastery <= MasteryPolicy.Default.ReopenedMastery);
        Assert.Equal(1, state.Review!.Lapses);
        Assert.True(state.Review.StabilityDays < RevisionScheduler.Default.InitialStabilityDays);

        var next = Selector(clock).Select(progress, SelectionRequest.Practice(1))!;
        Assert.Equal(("a", false), (next.SkillId, next.IsReview));

        var remastered = progress.Master("a", clock).Skills["a"].Review!;
        Assert.Equal(state.Review.StabilityDays, remastered.StabilityDays);
        Assert.True(remastered.DueAt > clock.GetUtcNow());
    }

    [Fact]
    public void Every_tagged_skill_is_updated_but_the_history_names_the_main_skill()
    {
        var progress = LearnerProgress.Empty.Record("c-1", ["c", "a"], correct: true, Of, MasteryPolicy.Default, clock);
        Assert.Equal(1, progress.Skills["a"].Attempts);
        Assert.Equal(clock.GetUtcNow(), progress.Skills["c"].LastPracticedAt);
        Assert.Equal(["c"], progress.RecentSkills);
        Assert.Equal(["c-1"], progress.RecentTemplates);
    }

    [Fact]
    public void The_history_keeps_the_twenty_most_recent_items()
    {
        var progress = LearnerProgress.Empty;
        for (var i = 0; i < 25; i++)
        {
            progress = progress.Record($"t{i}", ["b"], correct: true, Of, MasteryPolicy.Default, clock);
        }

        Assert.Equal(20, progress.RecentTemplates.Count);
        Assert.Equal(("t5", "t24"), (progress.RecentTemplates[0], progress.RecentTemplates[^1]));
    }

    [Fact]
    public void Ability_moves_after_a_first_try_and_survives_recording_and_restoring()
    {
        var predictor = new AnswerPredictor(SelectionFixture.Of, ItemDifficulty.None, MasteryPolicy.Default.LearnerAbilityRate);
        var progress = LearnerProgress.Empty;
        var prediction = progress.Predict(predictor, ["a"], "a-easy");
        progress = progress.Record("a-easy", ["a"], true, SelectionFixture.Of, MasteryPolicy.Default, clock).AfterFirstTry(predictor, prediction, true);
        Assert.Equal(0.1 * (1 - prediction.Probability), progress.LearnerAbility, 12);

        var kept = progress.Record("a-easy", ["a"], false, SelectionFixture.Of, MasteryPolicy.Default, clock);
        Assert.Equal(progress.LearnerAbility, kept.LearnerAbility);
        Assert.Equal(progress.LearnerAbility, LearnerProgress.Restore(kept.Skills, kept.RecentSkills, kept.RecentTemplates, kept.LearnerAbility).LearnerAbility);
        Assert.Equal(0, LearnerProgress.Restore(kept.Skills, [], [], double.NaN).LearnerAbility);

        // Mastery is the same as without the ability term.
        Assert.Equal(LearnerProgress.Empty.Record("a-easy", ["a"], true, SelectionFixture.Of, MasteryPolicy.Default, clock).Of("a", SelectionFixture.Parameters).Mastery, progress.Of("a", SelectionFixture.Parameters).Mastery);
    }
}
