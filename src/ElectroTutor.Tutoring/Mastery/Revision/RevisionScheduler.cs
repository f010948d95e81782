namespace ElectroTutor.Tutoring.Mastery.Revision;

/// <summary>
/// An FSRS-style memory model, reduced to stability: predicted recall after t days is R = 1 / (1 + t / (9·S)), so
/// R = 0.9 exactly when t = S. A review is scheduled when R falls to <see cref="TargetRecall"/>. A successful review
/// multiplies S by <see cref="SuccessFactor"/> (more when recall had fallen further, the spacing effect); a failed one
/// multiplies it by <see cref="FailureFactor"/>. Pure: the time always comes in as an argument.
/// </summary>
public sealed record RevisionScheduler
{
    /// <summary>Recall probability in (0, 1) at which a review falls due; 0.9 as in FSRS.</summary>
    public double TargetRecall { get; init; } = 0.9;

    /// <summary>Stability in days given to a skill when it is first mastered.</summary>
    public double InitialStabilityDays { get; init; } = 1;

    /// <summary>Stability multiplier (above 1) for a review answered correctly at the target recall.</summary>
    public double SuccessFactor { get; init; } = 2.5;

    /// <summary>Stability multiplier (below 1) for a failed review.</summary>
    public double FailureFactor { get; init; } = 0.3;

    /// <summary>The smallest stability in days, so a run of failures still leaves a positive interval.</summary>
    public double MinimumStabilityDays { get; init; } = 0.25;

    /// <summary>The default schedule: first review after one day, intervals ×2.5 on success.</summary>
    public static RevisionScheduler Default { get; } = new();

    /// <summary>Predicted probability of recall in (0, 1] at <paramref name="now"/>.</summary>
    public static double Recall(ReviewMemory memory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var days = Math.Max(0, (now - memory.LastReviewedAt).TotalDays);
        return 1 / (1 + (days / (9 * memory.StabilityDays)));
    }

    /// <summary>Whether the review is due at <paramref name="now"/>.</summary>
    public static bool IsDue(ReviewMemory memory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return now >= memory.DueAt;
    }

    /// <summary>The memory of a skill just mastered for the first time at <paramref name="now"/>.</summary>
    public ReviewMemory Start(DateTimeOffset now) => Schedule(InitialStabilityDays, now, reviews: 0, lapses: 0);

    /// <summary>The memory of a reopened skill mastered again: its (shrunk) stability is kept, the clock restarts.</summary>
    public ReviewMemory Remastered(ReviewMemory memory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return Schedule(memory.StabilityDays, now, memory.Reviews, memory.Lapses);
    }

    /// <summary>The memory after a review answered at <paramref name="now"/>.</summary>
    public ReviewMemory AfterReview(ReviewMemory memory, bool correct, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (!correct)
        {
            return Schedule(memory.StabilityDays * FailureFactor, now, memory.Reviews + 1, memory.Lapses + 1);
        }

        // Recalling something half-forgotten strengthens it more: the factor grows as recall falls below the target.
        var spacing = 1 + Math.Max(0, TargetRecall - Recall(memory, now));
        return Schedule(memory.StabilityDays * SuccessFactor * spacing, now, memory.Reviews + 1, memory.Lapses);
    }

    /// <summary>Days from a review until recall falls to the target, for stability S: t = 9·S·(1/R − 1).</summary>
    public double IntervalDays(double stabilityDays) => 9 * stabilityDays * ((1 / TargetRecall) - 1);

    private ReviewMemory Schedule(double stabilityDays, DateTimeOffset now, int reviews, int lapses)
    {
        var stability = Math.Max(MinimumStabilityDays, stabilityDays);
        return new ReviewMemory(stability, now, now + TimeSpan.FromDays(IntervalDays(stability)), reviews, lapses);
    }
}
