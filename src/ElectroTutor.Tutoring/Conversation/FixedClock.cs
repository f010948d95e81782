namespace ElectroTutor.Tutoring.Conversation;

/// <summary>A clock stopped at the turn's time, so everything in one turn sees the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
