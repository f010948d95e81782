namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// Rate limits of the public endpoints. The defaults let a class of 300 behind one NAT address (one IP for all of them)
/// work normally: per-IP limits are generous, and off for <c>/api/messages</c>, whose callers are the Bot Connector's few
/// Azure addresses (or, in local mode, the load test); a single conversation is what a person cannot exceed by typing.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>False turns every limit off (e.g. for a load test that drives single conversations fast).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Activities per conversation, on <c>/api/messages</c> and Direct Line alike (default 20 in 10 s).</summary>
    public RateLimitRule PerConversation { get; set; } = RateLimitRule.Of(20, 10);

    /// <summary>Requests to <c>/api/messages</c> per client IP (default off: Bot Connector traffic comes from a few Azure addresses).</summary>
    public RateLimitRule MessagesPerIp { get; set; } = RateLimitRule.Of(0, 60);

    /// <summary>
    /// Anonymous Direct Line token minting per client IP: token generate and refresh, and conversation starts (default 600 a
    /// minute, twice a class of 300 joining within the same minute).
    /// </summary>
    public RateLimitRule DirectLineTokensPerIp { get; set; } = RateLimitRule.Of(600, 60);

    /// <summary>Direct Line activities posted per client IP (default 6,000 a minute: 300 learners sending 20 a minute each).</summary>
    public RateLimitRule DirectLineActivitiesPerIp { get; set; } = RateLimitRule.Of(6000, 60);

    /// <summary>Lists every setting out of range, each as a sentence; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (name, rule) in new[]
        {
            (nameof(PerConversation), PerConversation), (nameof(MessagesPerIp), MessagesPerIp),
            (nameof(DirectLineTokensPerIp), DirectLineTokensPerIp), (nameof(DirectLineActivitiesPerIp), DirectLineActivitiesPerIp),
        })
        {
            if (rule is null)
                errors.Add($"{name} is missing.");
            else if (rule.PermitLimit < 0)
                errors.Add($"{name}:PermitLimit must be 0 (off) or more, not {rule.PermitLimit}.");
            else if (rule.IsOn && rule.WindowSeconds < 1)
                errors.Add($"{name}:WindowSeconds must be at least 1, not {rule.WindowSeconds}.");
        }

        return errors;
    }
}
