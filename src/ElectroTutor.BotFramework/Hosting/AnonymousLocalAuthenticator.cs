using System.Security.Claims;
using ElectroTutor.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// Local mode's authenticator: accepts requests without an <c>Authorization</c> header, and only while no app id is
/// configured. A header is refused, because this authenticator cannot check it and must not pretend it did.
/// </summary>
public sealed class AnonymousLocalAuthenticator(IOptions<BotFrameworkOptions> options) : IBotRequestAuthenticator
{
    /// <inheritdoc />
    public Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default)
    {
        if (!options.Value.IsLocalMode)
        {
            return Task.FromResult(BotAuthenticationResult.Fail(
                "A MicrosoftAppId is configured but only the anonymous local authenticator is registered; register the Bot Connector token authenticator."));
        }

        if (!string.IsNullOrEmpty(authorizationHeader))
        {
            return Task.FromResult(BotAuthenticationResult.Fail(
                "The request carries an Authorization header, which local mode (no MicrosoftAppId) cannot validate."));
        }

        return Task.FromResult(BotAuthenticationResult.Success(new ClaimsIdentity()));
    }
}
