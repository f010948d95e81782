using Microsoft.Extensions.FileProviders;

namespace ElectroTutor.Server.WebChat;

/// <summary>
/// Serves the Web Chat page at <c>/</c> with its script, style and the Web Chat bundle, from the <c>WebChat</c> folder
/// the build puts next to the server's assembly (see <c>WebChat.targets</c>).
/// </summary>
internal static class WebChatPage
{
    /// <summary>The folder the page's files are served from.</summary>
    public static string AssetDirectory => Path.Combine(AppContext.BaseDirectory, "WebChat");

    /// <summary>Adds the page's default document and static files to the pipeline.</summary>
    public static IApplicationBuilder UseWebChatPage(this IApplicationBuilder app)
    {
        if (!Directory.Exists(AssetDirectory))
        {
            throw new InvalidOperationException($"The Web Chat page's files are missing from {AssetDirectory}; build the server project to produce them.");
        }

        var files = new PhysicalFileProvider(AssetDirectory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                // The page and its script change with the server; the 3.9 MB bundle is revalidated by its ETag.
                headers.CacheControl = "no-cache";
            },
        });
    }
}
