namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>instructor_identities</c>: a chat identity (channel and user id) that belongs to an instructor.</summary>
internal sealed class InstructorIdentity
{
    public string ChannelId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public long InstructorId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
