namespace ElectroTutor.Data.Stores;

/// <summary>
/// A time as both engines keep it: UTC, to the microsecond (PostgreSQL's <c>timestamptz</c> resolution), so that a
/// record returned on creation equals the one read back later.
/// </summary>
internal static class StoredTime
{
    public static DateTimeOffset Of(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
