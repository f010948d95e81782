namespace ElectroTutor.BotFramework.Tests.Connector;

/// <summary>One request as <see cref="StubHttpMessageHandler"/> received it.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body);
