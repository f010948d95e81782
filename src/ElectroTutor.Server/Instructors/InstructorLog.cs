namespace ElectroTutor.Server.Instructors;

/// <summary>What the dashboard logs: who signed in or failed to, by address. Never a password, a token or a typed login.</summary>
internal static partial class InstructorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Instructor {InstructorId} signed in to the dashboard from {Address}.")]
    public static partial void SignedIn(ILogger logger, long instructorId, string address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A dashboard sign-in from {Address} failed.")]
    public static partial void SignInFailed(ILogger logger, string address);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Dashboard sign-ins from {Address} are throttled for {Seconds} s.")]
    public static partial void Throttled(ILogger logger, string address, int seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "A report API request from {Address} had no valid token.")]
    public static partial void ApiTokenRejected(ILogger logger, string address);
}
