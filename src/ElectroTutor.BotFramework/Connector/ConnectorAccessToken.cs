using System.Globalization;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>An access token and the moment it stops being accepted.</summary>
/// <param name="Value">The bearer token.</param>
/// <param name="ExpiresAt">When it expires (UTC).</param>
public sealed record ConnectorAccessToken(string Value, DateTimeOffset ExpiresAt)
{
    /// <summary>Describes the token without revealing it, so that logging the record leaks nothing.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"access token expiring {ExpiresAt:O}");
}
