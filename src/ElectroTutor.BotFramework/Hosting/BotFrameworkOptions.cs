namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Settings of the messaging endpoint, bound from the <c>BotFramework</c> configuration section.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>
    /// The bot's Microsoft App Id (the audience of inbound tokens). Empty means local mode: no tokens, and replies only to
    /// loopback or <see cref="AllowedServiceUrls"/>.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The largest request body accepted, in bytes (default 256 KiB); larger bodies get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// In local mode, service URLs besides loopback that replies may be posted to. A service URL is allowed when scheme, host
    /// and port match and its path starts with the configured path.
    /// </summary>
    public IList<Uri> AllowedServiceUrls { get; } = [];

    /// <summary>Whether a typing indicator is sent while a message turn runs long (never for <c>expectReplies</c>).</summary>
    public bool SendTypingIndicator { get; set; } = true;

    /// <summary>How long a message turn may stay silent before the first typing indicator (default 1 s).</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the bot may stay silent before the typing indicator is repeated (default 3 s, as the spec advises).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>True when no app id is configured, so requests are anonymous and reply targets are restricted.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
