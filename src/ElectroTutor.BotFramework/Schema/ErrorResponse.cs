namespace ElectroTutor.BotFramework.Schema;

/// <summary>The Bot Framework error body, <c>{"error":{"code","message"}}</c>.</summary>
/// <param name="Error">The error.</param>
public sealed record ErrorResponse(ErrorDetail Error);
