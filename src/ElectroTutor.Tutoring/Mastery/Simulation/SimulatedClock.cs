namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>Simulated time: starts at a fixed instant and moves only when told, one minute per item.</summary>
internal sealed class SimulatedClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Tick() => now += TimeSpan.FromMinutes(1);
}
