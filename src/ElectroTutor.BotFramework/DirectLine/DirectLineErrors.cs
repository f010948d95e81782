using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// Error answers in Direct Line's shape, <c>{"error":{"code","message"}}</c>. directlinejs reads the status only:
/// 403 means an expired or wrong token, 404 an ended conversation, 502 a failing bot.
/// </summary>
internal static class DirectLineErrors
{
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is missing, invalid, expired or for another conversation.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found; it may have expired.");

    public static IResult ActivityNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Activity not found in this conversation.");

    public static IResult TooLarge(int maxBytes) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {maxBytes} bytes.");

    public static IResult BotError(string message) => Error(StatusCodes.Status502BadGateway, "BotError", message);

    public static IResult NotLoopback() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The local connector accepts calls from this machine only.");

    public static IResult UploadNotSupported() =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", "File upload is not supported by the local Direct Line.");

    private static IResult Error(int status, string code, string message) =>
        Results.Content(
            new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(),
            "application/json; charset=utf-8",
            statusCode: status);
}
