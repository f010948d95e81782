using System.Security.Claims;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>The outcome of authenticating one inbound request.</summary>
/// <param name="Succeeded">True when the request may be processed.</param>
/// <param name="Failure">Which check failed, for the log (never sent to the caller), or null on success.</param>
/// <param name="Identity">The validated token's claims, or an anonymous identity in local mode; null on failure.</param>
public sealed record BotAuthenticationResult(bool Succeeded, string? Failure, ClaimsIdentity? Identity)
{
    /// <summary>A success with the given identity.</summary>
    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(Succeeded: true, Failure: null, identity);

    /// <summary>A failure naming the check that failed.</summary>
    public static BotAuthenticationResult Fail(string failure) => new(Succeeded: false, failure, Identity: null);
}
