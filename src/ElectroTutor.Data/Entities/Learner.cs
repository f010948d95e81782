namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>learners</c>: a channel-scoped identity.</summary>
internal sealed class Learner
{
    public long Id { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
