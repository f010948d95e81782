using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;
using static ElectroTutor.Tutoring.Tests.Mastery.Selection.SelectionFixture;

namespace ElectroTutor.Tutoring.Tests.Mastery.Selection;

public class NextItemSelectorTest
{
    private readonly FakeClock clock = new();

    [Fact]
    public void A_new_learner_is_offered_only_skills_without_prerequisites()
    {
        var selector = Selector(clock);
        for (var seed = 0; seed < 20; seed++)
        {
            var chosen = selector.Select(LearnerProgress.Empty, SelectionRequest.Practice(seed))!;
            Assert.Contains(chosen.SkillId, new[] { "a", "b" });
        }
    }

    [Fact]
    public void A_skill_is_offered_once_its_prerequisites_are_nearly_mastered()
    {
        var progress = LearnerProgress.Empty.At("a", 0.97).At("b", 0.97);
        Assert.Equal("c", Selector(clock).Select(progress, SelectionRequest.Practice(1))!.SkillId);
        Assert.Equal("c", Selector(clock).Select(progress.At("a", 0.85), SelectionRequest.Practice(1))!.SkillId);
        Assert.Equal("d", Selector(clock).Select(progress.At("c", 0.8), SelectionRequest.Practice(1))!.SkillId);
        Assert.Null(Selector(clock).Select(progress.At("c", 0.97).At("d", 0.97), SelectionRequest.Practice(1)));
    }

    [Fact]
    public void A_prerequisite_below_the_gate_keeps_its_dependants_closed()
    {
        var progress = LearnerProgress.Empty.At("a", 0.7).At("b", 0.97);
        Assert.Equal("a", Selector(clock).Select(progress, SelectionRequest.Practice(1))!.SkillId);
    }

    [Fact]
    public void Mastered_skills_are_not_drilled_and_the_lowest_mastery_comes_first()
    {
        var progress = LearnerProgress.Empty.At("a", 0.96).At("b", 0.6).At("c", 0.3);
        var chosen = Selector(clock).Select(progress, SelectionRequest.Practice(3))!;
        Assert.Equal("c", chosen.SkillId);
        Assert.False(chosen.IsReview);
        Assert.Contains("prerequisites", chosen.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void After_three_items_on_one_skill_another_ready_skill_is_interleaved()
    {
        var progress = LearnerProgress.Empty.At("b", 0.6);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("a", Selector(clock).Select(progress, SelectionRequest.Practice(i))!.SkillId);
            progress = progress.Record("a-easy", ["a"], correct: false, Of, MasteryPolicy.Default, clock);
        }

        var switched = Selector(clock).Select(progress, SelectionRequest.Practice(9))!;
        Assert.Equal("b", switched.SkillId);
        Assert.Contains("interleaved", switched.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_matches_mastery_and_avoids_the_recent_ones()
    {
        var selector = Selector(clock);
        var beginner = LearnerProgress.Empty.At("a", 0.2).At("b", 0.97);
        Assert.Equal("a-easy", selector.Select(beginner, SelectionRequest.Practice(1))!.TemplateId);
        Assert.Equal("a-hard", selector.Select(beginner.At("a", 0.8).At("c", 0.97).At("d", 0.97), SelectionRequest.Practice(1))!.TemplateId);

        var afterEasy = beginner.Record("a-easy", ["a"], correct: false, Of, MasteryPolicy.Default, clock);
        Assert.Equal("a-mid", selector.Select(afterEasy, SelectionRequest.Practice(1))!.TemplateId);
    }

    [Fact]
    public void Focus_on_a_topic_stays_within_the_skill_and_its_descendants()
    {
        var topic = SelectionRequest.Topic(Graph, "c");
        Assert.Equal(new[] { "c", "d" }, topic.Order(StringComparer.Ordinal));

        var progress = LearnerProgress.Empty.At("a", 0.97).At("b", 0.2);
        var chosen = Selector(clock).Select(progress, new SelectionRequest(SelectionMode.Practice, topic, 4))!;
        Assert.Equal("c", chosen.SkillId);
        Assert.Null(Selector(clock).Select(LearnerProgress.Empty, new SelectionRequest(SelectionMode.Practice, topic, 4)));
    }

    [Fact]
    public void Revise_serves_a_due_review_before_new_learning_and_practice_does_not_until_it_is_urgent()
    {
        var progress = LearnerProgress.Empty.Master("a", clock)
            .Record("b-1", ["b"], correct: false, Of, MasteryPolicy.Default, clock);
        clock.Advance(TimeSpan.FromDays(1.5));

        var revise = Selector(clock).Select(progress, SelectionRequest.Revise(2))!;
        Assert.Equal(("a", true), (revise.SkillId, revise.IsReview));
        Assert.Contains("review", revise.Reason, StringComparison.Ordinal);
        Assert.False(Selector(clock).Select(progress, SelectionRequest.Practice(2))!.IsReview);

        clock.Advance(TimeSpan.FromDays(10));
        Assert.True(Selector(clock).Select(progress, SelectionRequest.Practice(2))!.IsReview);
    }

    [Fact]
    public void A_mastered_skill_is_not_offered_before_its_review_is_due()
    {
        var progress = LearnerProgress.Empty.Master("a", clock).Master("b", clock).Master("c", clock).Master("d", clock);
        Assert.Null(Selector(clock).Select(progress, SelectionRequest.Revise(1)));
        clock.Advance(TimeSpan.FromDays(1.01));
        Assert.NotNull(Selector(clock).Select(progress, SelectionRequest.Revise(1)));
    }

    [Fact]
    public void The_same_progress_seed_and_clock_give_the_same_selection()
    {
        var progress = LearnerProgress.Empty.At("a", 0.35).At("b", 0.97);
        var first = Selector(clock).Select(progress, SelectionRequest.Practice(42));
        var again = Selector(new FakeClock()).Select(progress, SelectionRequest.Practice(42));
        Assert.Equal(first, again);
        Assert.NotEqual(first!.ItemSeed, Selector(clock).Select(progress, SelectionRequest.Practice(43))!.ItemSeed);
    }

    private static readonly ItemDifficulty Easiness = ItemDifficulty.FromOffsets(new Dictionary<string, (double, int)>(StringComparer.Ordinal)
    {
        ["a-hard"] = (1.5, 200),
        ["a-mid"] = (-1.5, 200),
    });

    private static LearnerProgress OnlyANew(double ability = 0) =>
        LearnerProgress.Restore(new Dictionary<string, LearnerSkillState>(StringComparer.Ordinal) { ["b"] = new(0.97, 6, null, null) }, [], [], ability);

    [Fact]
    public void The_template_predicted_nearest_the_target_chance_is_preferred()
    {
        var selector = new NextItemSelector(Graph, Templates, Of, MasteryPolicy.Default, clock, Easiness);
        for (var seed = 0; seed < 10; seed++)
        {
            var chosen = selector.Select(OnlyANew(), SelectionRequest.Practice(seed))!;

            // Mastery 0.2 predicts 34% on every a-template; a-hard's easiness of +1.5 lifts it to about 70%.
            Assert.Equal("a-hard", chosen.TemplateId);
            Assert.Equal(1.5, chosen.Prediction!.ItemEasiness);
            Assert.InRange(chosen.Prediction.Probability, 0.65, 0.75);
        }
    }

    [Fact]
    public void A_recent_template_is_avoided_even_when_it_is_predicted_best()
    {
        var selector = new NextItemSelector(Graph, Templates, Of, MasteryPolicy.Default, clock, Easiness);
        var progress = OnlyANew().Record("a-hard", ["a"], correct: false, Of, MasteryPolicy.Default, clock);
        Assert.Equal("a-easy", selector.Select(progress, SelectionRequest.Practice(3))!.TemplateId);
    }

    [Fact]
    public void A_strong_learner_is_given_the_template_that_is_harder_for_others()
    {
        var selector = new NextItemSelector(Graph, Templates, Of, MasteryPolicy.Default, clock, Easiness);

        // Ability +2 lifts a-easy from 34% to about 79% and a-hard to 94%: a-easy is now nearest 70%.
        Assert.Equal("a-easy", selector.Select(OnlyANew(ability: 2), SelectionRequest.Practice(1))!.TemplateId);
        var abilityOff = new NextItemSelector(Graph, Templates, Of, MasteryPolicy.Default with { LearnerAbilityRate = 0 }, clock, Easiness);
        Assert.Equal("a-hard", abilityOff.Select(OnlyANew(ability: 2), SelectionRequest.Practice(1))!.TemplateId);
    }

    [Fact]
    public void Without_easiness_data_the_authored_difficulty_nearest_the_mastery_decides()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            Assert.Equal("a-easy", Selector(clock).Select(OnlyANew(), SelectionRequest.Practice(seed))!.TemplateId);
        }
    }

    [Fact]
    public void One_selector_given_each_time_chooses_as_a_selector_on_a_clock_at_that_time()
    {
        var progress = LearnerProgress.Empty.Master("a", clock)
            .Record("b-1", ["b"], correct: false, Of, MasteryPolicy.Default, clock);
        var shared = Selector(new FakeClock(FakeClock.Start.AddYears(-5)));
        foreach (var days in new[] { 0.0, 1.5, 12 })
        {
            var at = new FakeClock(clock.GetUtcNow().AddDays(days));
            foreach (var request in new[] { SelectionRequest.Practice(3), SelectionRequest.Revise(3), SelectionRequest.Practice(8) })
            {
                Assert.Equal(Selector(at).Select(progress, request), shared.Select(progress, request, at.GetUtcNow()));
            }
        }

        Assert.True(shared.Select(progress, SelectionRequest.Revise(3), clock.GetUtcNow().AddDays(1.5))!.IsReview);
    }
}
