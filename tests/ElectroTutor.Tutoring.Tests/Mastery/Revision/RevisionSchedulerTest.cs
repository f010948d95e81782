using ElectroTutor.Tutoring.Mastery.Revision;

namespace ElectroTutor.Tutoring.Tests.Mastery.Revision;

public class RevisionSchedulerTest
{
    private static readonly DateTimeOffset Start = FakeClock.Start;
    private readonly RevisionScheduler scheduler = RevisionScheduler.Default;

    [Fact]
    public void A_review_falls_due_when_predicted_recall_reaches_the_target()
    {
        var memory = scheduler.Start(Start);
        Assert.Equal(1.0, RevisionScheduler.Recall(memory, Start), 12);
        Assert.Equal(0.9, RevisionScheduler.Recall(memory, memory.DueAt), 9);
        Assert.False(RevisionScheduler.IsDue(memory, memory.DueAt - TimeSpan.FromMinutes(1)));
        Assert.True(RevisionScheduler.IsDue(memory, memory.DueAt));
    }

    [Fact]
    public void Intervals_grow_with_each_successful_review()
    {
        var memory = scheduler.Start(Start);
        var previous = memory.DueAt - memory.LastReviewedAt;
        for (var i = 0; i < 4; i++)
        {
            memory = scheduler.AfterReview(memory, correct: true, memory.DueAt);
            var interval = memory.DueAt - memory.LastReviewedAt;
            Assert.True(interval >= previous * 2.5 - TimeSpan.FromSeconds(1), $"review {i}: {interval} after {previous}");
            previous = interval;
        }

        Assert.Equal((4, 0), (memory.Reviews, memory.Lapses));
    }

    [Fact]
    public void A_late_success_strengthens_more_than_a_timely_one()
    {
        var memory = scheduler.Start(Start);
        var timely = scheduler.AfterReview(memory, correct: true, memory.DueAt);
        var late = scheduler.AfterReview(memory, correct: true, memory.DueAt + TimeSpan.FromDays(5));
        Assert.True(late.StabilityDays > timely.StabilityDays);
    }

    [Fact]
    public void A_failure_shrinks_stability_but_never_below_the_minimum()
    {
        var memory = scheduler.Start(Start);
        for (var i = 0; i < 5; i++)
        {
            memory = scheduler.AfterReview(memory, correct: false, memory.DueAt);
        }

        Assert.Equal(scheduler.MinimumStabilityDays, memory.StabilityDays);
        Assert.Equal(5, memory.Lapses);
        Assert.True(memory.DueAt > memory.LastReviewedAt);
    }
}
