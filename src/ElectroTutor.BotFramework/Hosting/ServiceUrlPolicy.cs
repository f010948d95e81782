namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// Which service URLs replies may be posted to. With tokens, the token vouches for the service URL; in local mode anyone can
/// name one, so without this check the bot would POST wherever a request told it to (server-side request forgery).
/// </summary>
internal static class ServiceUrlPolicy
{
    public static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Parses an activity's service URL, or gives null when it is not an absolute http(s) URL.</summary>
    public static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && IsHttpUrl(url) ? url : null;

    /// <summary>True when local mode may reply to <paramref name="serviceUrl"/>: a loopback host or a configured URL.</summary>
    public static bool IsAllowedInLocalMode(Uri serviceUrl, IEnumerable<Uri> allowed) =>
        serviceUrl.IsLoopback || allowed.Any(url => Matches(serviceUrl, url));

    private static bool Matches(Uri serviceUrl, Uri allowed) =>
        string.Equals(serviceUrl.Scheme, allowed.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(serviceUrl.IdnHost, allowed.IdnHost, StringComparison.OrdinalIgnoreCase)
        && serviceUrl.Port == allowed.Port
        && WithSlash(serviceUrl.AbsolutePath).StartsWith(WithSlash(allowed.AbsolutePath), StringComparison.Ordinal);

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
