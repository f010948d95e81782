namespace ElectroTutor.BotFramework.Authentication;

/// <summary>Decides whether an inbound request to the messaging endpoint comes from a channel the bot trusts.</summary>
public interface IBotRequestAuthenticator
{
    /// <summary>
    /// Checks the request's <c>Authorization</c> header against the activity it carries.
    /// </summary>
    /// <param name="authorizationHeader">The raw header value (e.g. <c>Bearer eyJ…</c>), or null when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c>, checked against the signing key's endorsements.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>, which must equal the token's <c>serviceurl</c> claim.</param>
    /// <param name="cancellationToken">Cancels fetching signing keys.</param>
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default);
}
