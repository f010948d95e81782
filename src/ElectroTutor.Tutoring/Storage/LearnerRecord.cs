namespace ElectroTutor.Tutoring.Storage;

/// <summary>A stored learner.</summary>
/// <param name="Id">The store's id; positive, never reused.</param>
/// <param name="Key">The channel-scoped identity; unique in the store.</param>
/// <param name="DisplayName">The name the channel reported; may be empty.</param>
/// <param name="CreatedAt">When the learner was first seen (UTC).</param>
public sealed record LearnerRecord(long Id, LearnerKey Key, string DisplayName, DateTimeOffset CreatedAt);
