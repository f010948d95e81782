namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Endpoint metadata: which rate limits a public endpoint is subject to (see <see cref="RateLimitOptions"/>).</summary>
public sealed class RateLimitedArea
{
    /// <summary><c>/api/messages</c>: per IP here, per conversation once the activity is read and authenticated.</summary>
    public static readonly RateLimitedArea Messages = new("messages");

    /// <summary>Direct Line token generate and refresh, and conversation starts: per IP.</summary>
    public static readonly RateLimitedArea DirectLineToken = new("directline-token");

    /// <summary>Direct Line activities posted: per IP and per conversation (from the route).</summary>
    public static readonly RateLimitedArea DirectLineActivity = new("directline-activity");

    private RateLimitedArea(string name) => Name = name;

    /// <summary>A short name, part of the per-IP partition key.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
