using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>The local Direct Line's log messages. Activity text is never logged: it is the learner's.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The bot failed on a {ActivityType} activity in conversation {ConversationId}.")]
    public static partial void BotRefused(ILogger logger, string activityType, string conversationId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The bot threw on a {ActivityType} activity in conversation {ConversationId}.")]
    public static partial void BotThrew(ILogger logger, Exception exception, string activityType, string conversationId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The bot took longer than {Timeout} on a {ActivityType} activity in conversation {ConversationId}.")]
    public static partial void BotTimedOut(ILogger logger, TimeSpan timeout, string activityType, string conversationId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Stream for conversation {ConversationId} closed.")]
    public static partial void StreamClosed(ILogger logger, string conversationId);
}
