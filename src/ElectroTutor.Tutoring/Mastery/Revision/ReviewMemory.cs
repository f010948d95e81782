namespace ElectroTutor.Tutoring.Mastery.Revision;

/// <summary>
/// What the revision scheduler remembers about one mastered skill. Immutable; <see cref="RevisionScheduler"/> returns
/// a new memory after each review.
/// </summary>
/// <param name="StabilityDays">Days after the last review at which predicted recall falls to 0.9; always positive.</param>
/// <param name="LastReviewedAt">When the skill was last mastered or reviewed (UTC).</param>
/// <param name="DueAt">When the next review is due (UTC): predicted recall reaches the scheduler's target then.</param>
/// <param name="Reviews">Reviews answered so far, zero or more.</param>
/// <param name="Lapses">Of those, the failed ones; never more than <paramref name="Reviews"/>.</param>
public sealed record ReviewMemory(double StabilityDays, DateTimeOffset LastReviewedAt, DateTimeOffset DueAt, int Reviews, int Lapses);
