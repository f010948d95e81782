using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class DashboardPeriodTests
{
    [Fact]
    public void Days_become_utc_bounds_with_the_last_day_included()
    {
        var period = DashboardPeriod.Parse("2026-11-01", " 2026-11-30 ", out var problem);

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), period!.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), period.End);
        Assert.Equal("?sort=name&from=2026-11-01&to=2026-11-30", period.Query(("sort", "name"), ("empty", null)));
    }

    [Fact]
    public void Missing_bounds_mean_no_filter()
    {
        var period = DashboardPeriod.Parse(null, "", out var problem);

        Assert.Null(problem);
        Assert.Equal(DashboardPeriod.All, period);
        Assert.False(period!.IsFiltered);
        Assert.Equal(string.Empty, period.Query());
        Assert.Equal("?sort=skill%3Aa%20b", period.Query(("sort", "skill:a b")));
    }

    [Theory]
    [InlineData("01/11/2026", null, "'from' must be a date written YYYY-MM-DD")]
    [InlineData(null, "2026-02-30", "'to' must be a date written YYYY-MM-DD")]
    [InlineData("2026-11-02", "2026-11-01", "'from' must be on or before 'to'")]
    public void Bad_dates_are_refused_with_a_message(string? from, string? to, string expected)
    {
        Assert.Null(DashboardPeriod.Parse(from, to, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_representable_day_has_no_upper_bound_rather_than_an_overflow()
    {
        var period = DashboardPeriod.Parse("2026-01-01", "9999-12-31", out _);

        Assert.Null(period!.End);
    }
}
