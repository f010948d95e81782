using System.Net;
using System.Security.Cryptography;

namespace ElectroTutor.Server.Tests.WebChat;

public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_root_serves_the_chat_page()
    {
        await using var server = await RunningTutorServer.StartAsync();

        using var response = await server.Client.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>ElectroTutor", html, StringComparison.Ordinal);
        Assert.Contains("<h1>ElectroTutor</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pinned_Web_Chat_bundle_and_its_licence_are_served()
    {
        await using var server = await RunningTutorServer.StartAsync();

        using var bundle = await server.Client.GetAsync("webchat.js");
        using var licence = await server.Client.GetAsync("webchat.js.LICENSE.txt");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        var hash = Convert.ToHexStringLower(SHA256.HashData(await bundle.Content.ReadAsByteArrayAsync()));
        Assert.Equal("0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff", hash);
        Assert.Equal(HttpStatusCode.OK, licence.StatusCode);
    }

    [Fact]
    public async Task The_page_script_starts_Web_Chat_with_a_token_over_the_WebSocket_stream_and_no_upload()
    {
        await using var server = await RunningTutorServer.StartAsync();

        var script = await server.Client.GetStringAsync("chat.js");

        Assert.Contains("tokens/generate", script, StringComparison.Ordinal);
        Assert.Contains("webSocket: true", script, StringComparison.Ordinal);
        Assert.Contains("hideUploadButton: true", script, StringComparison.Ordinal);
        Assert.Contains("'dl_'", script, StringComparison.Ordinal);
    }
}
