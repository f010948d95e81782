using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class LearningStreakTest
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void Counts_right_answers_in_a_row_and_keeps_the_best()
    {
        var streak = LearningStreak.None.After(true, Monday).After(true, Monday).After(false, Monday).After(true, Monday);
        Assert.Equal(1, streak.CorrectInARow);
        Assert.Equal(2, streak.BestCorrectInARow);
    }

    [Fact]
    public void Counts_days_in_a_row_and_breaks_after_a_missed_day()
    {
        var streak = LearningStreak.None.After(true, Monday).After(false, Monday.AddDays(1)).After(true, Monday.AddDays(2));
        Assert.Equal(3, streak.DaysInARow);
        Assert.Equal(3, streak.DaysAsOf(Monday.AddDays(3)));
        Assert.Equal(0, streak.DaysAsOf(Monday.AddDays(4)));
        Assert.Equal(1, streak.After(true, Monday.AddDays(5)).DaysInARow);
    }
}
