namespace ElectroTutor.BotFramework.Connector;

/// <summary>What the connector said about one send, after any retries.</summary>
/// <param name="Succeeded">True for a 2xx answer.</param>
/// <param name="StatusCode">The final HTTP status code (0 when no answer came).</param>
/// <param name="ActivityId">The id the channel gave the activity (<c>ResourceResponse.id</c>), when it returned one.</param>
/// <param name="Error">The channel's error code and message, or the transport error, when it failed.</param>
public sealed record ConnectorResponse(bool Succeeded, int StatusCode, string? ActivityId, string? Error);
