using ElectroTutor.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>The messaging endpoint's log messages.</summary>
internal static partial class BotMessageLog
{
    [LoggerMessage(1, LogLevel.Information, "Rejected a request body: {Error}: {Detail}")]
    public static partial void BadActivity(ILogger logger, ActivityReadError error, string detail);

    [LoggerMessage(2, LogLevel.Warning, "Rejected an unauthenticated {ActivityType} activity on channel {ChannelId}: {Failure}")]
    public static partial void AuthenticationFailed(ILogger logger, string? activityType, string? channelId, string? failure);

    [LoggerMessage(3, LogLevel.Warning, "Local mode refused an activity whose service URL {ServiceUrl} is neither loopback nor configured in BotFramework:AllowedServiceUrls")]
    public static partial void ServiceUrlRefused(ILogger logger, string serviceUrl);

    [LoggerMessage(4, LogLevel.Debug, "Acknowledged and ignored an activity of unknown type {ActivityType}")]
    public static partial void UnknownActivityType(ILogger logger, string activityType);

    [LoggerMessage(5, LogLevel.Error, "The {ActivityType} turn of activity {ActivityId} on channel {ChannelId} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string? channelId);

    [LoggerMessage(6, LogLevel.Warning, "Sending a typing indicator failed; no more are sent this turn")]
    public static partial void TypingFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Error, "The invoke handler set HTTP status {Status}, which is not a valid status code")]
    public static partial void InvalidInvokeStatus(ILogger logger, int status);

    [LoggerMessage(8, LogLevel.Information, "Rejected a {ActivityType} activity that cannot be answered: {Detail}")]
    public static partial void Unaddressable(ILogger logger, string? activityType, string detail);

    [LoggerMessage(10, LogLevel.Warning, "Refused a {ActivityType} activity on channel {ChannelId}: its conversation is over the rate limit")]
    public static partial void ConversationRateLimited(ILogger logger, string? activityType, string? channelId);

    [LoggerMessage(9, LogLevel.Error, "The messaging endpoint failed outside the turn (authenticator or service registration)")]
    public static partial void RequestFailed(ILogger logger, Exception exception);
}
