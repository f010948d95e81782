using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.Server.Charts;

/// <summary>
/// Replaces inline chart images with links to <c>/charts/{id}.png</c> under the server's public URL
/// (<c>ElectroTutor:PublicUrl</c>), for channels such as Teams that show only HTTPS image links. Without a public URL
/// the inline images stay (Web Chat shows them directly).
/// </summary>
internal sealed class ChartLinks(ChartImageStore store, IConfiguration configuration)
{
    /// <summary>The configuration key for the server's public base URL, e.g. <c>https://electrotutor.example.org/</c>.</summary>
    public const string PublicUrlKey = "ElectroTutor:PublicUrl";

    private const string InlinePng = "data:image/png;base64,";

    private readonly Uri? publicUrl = Uri.TryCreate(configuration[PublicUrlKey], UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;

    public IReadOnlyList<Activity> Link(IReadOnlyList<Activity> activities)
    {
        if (publicUrl is null)
        {
            return activities;
        }

        return [.. activities.Select(activity => activity.Attachments is { } attachments && attachments.Any(IsInline)
            ? activity with { Attachments = [.. attachments.Select(Linked)] }
            : activity)];
    }

    private static bool IsInline(Attachment attachment) =>
        attachment.ContentUrl?.StartsWith(InlinePng, StringComparison.Ordinal) == true;

    private Attachment Linked(Attachment attachment)
    {
        if (!IsInline(attachment))
        {
            return attachment;
        }

        var id = store.Add(Convert.FromBase64String(attachment.ContentUrl![InlinePng.Length..]));
        return attachment with { ContentUrl = new Uri(publicUrl!, $"charts/{id}.png").ToString() };
    }
}
