using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class SignedOutSessionsTests
{
    [Fact]
    public void A_signed_out_session_stays_revoked_for_as_long_as_its_cookie_could_live()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        var sessions = new SignedOutSessions(clock);

        sessions.SignOut("A1");

        Assert.True(sessions.IsSignedOut("A1"));
        Assert.False(sessions.IsSignedOut("B2"));
        clock.Advance(InstructorAuthentication.SessionLifetime - TimeSpan.FromSeconds(1));
        Assert.True(sessions.IsSignedOut("A1"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(sessions.IsSignedOut("A1"));
    }
}
