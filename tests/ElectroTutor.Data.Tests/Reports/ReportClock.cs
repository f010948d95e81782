namespace ElectroTutor.Data.Tests.Reports;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class ReportClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
