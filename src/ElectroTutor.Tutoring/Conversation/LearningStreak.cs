namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Streaks shown with progress: correct first tries in a row, and days practised in a row.</summary>
/// <param name="CorrectInARow">Questions answered right at the first try, in a row.</param>
/// <param name="BestCorrectInARow">The longest such run so far.</param>
/// <param name="DaysInARow">Consecutive days (UTC) with at least one answer, ending on <paramref name="LastActiveDay"/>.</param>
/// <param name="LastActiveDay">The last day with an answer, or null before the first.</param>
public sealed record LearningStreak(int CorrectInARow, int BestCorrectInARow, int DaysInARow, DateOnly? LastActiveDay)
{
    /// <summary>No answers yet.</summary>
    public static LearningStreak None { get; } = new(0, 0, 0, null);

    /// <summary>The streaks after a first-try answer on <paramref name="day"/>.</summary>
    public LearningStreak After(bool correct, DateOnly day)
    {
        var inARow = correct ? CorrectInARow + 1 : 0;
        var days = LastActiveDay == day ? DaysInARow
            : LastActiveDay == day.AddDays(-1) ? DaysInARow + 1
            : 1;
        return new LearningStreak(inARow, Math.Max(BestCorrectInARow, inARow), days, day);
    }

    /// <summary>The days-in-a-row streak as it stands on <paramref name="today"/> (zero once a day was missed).</summary>
    public int DaysAsOf(DateOnly today) =>
        LastActiveDay is { } last && (last == today || last == today.AddDays(-1)) ? DaysInARow : 0;
}
