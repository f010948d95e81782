namespace ElectroTutor.BotFramework.Connector;

/// <summary>At most <paramref name="MaxSends"/> sends to one conversation within any <paramref name="Window"/>.</summary>
/// <param name="MaxSends">The number of sends allowed in the window, at least 1.</param>
/// <param name="Window">The sliding window's length, positive.</param>
public sealed record ConnectorSendLimit(int MaxSends, TimeSpan Window);
