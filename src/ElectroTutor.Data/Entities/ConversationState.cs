namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>conversation_states</c>: the dialog state of one learner, guarded by <see cref="Version"/>.</summary>
internal sealed class ConversationState
{
    public long LearnerId { get; set; }

    public string StateJson { get; set; } = string.Empty;

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
