using Microsoft.AspNetCore.Builder;

using System.Net;

namespace ElectroTutor.Server.Tests;

public sealed class TutorServerTests
{
    [Fact]
    public async Task Without_urls_the_server_listens_on_localhost_5080()
    {
        await using var app = TutorServer.Build([]);

        Assert.Equal(TutorServer.DefaultUrl, app.Configuration["urls"]);
        Assert.Equal("http://localhost:5080", TutorServer.DefaultUrl);
    }

    [Fact]
    public async Task Urls_on_the_command_line_win()
    {
        await using var app = TutorServer.Build(["--urls", "http://127.0.0.1:6001"]);

        Assert.Equal("http://127.0.0.1:6001", app.Configuration["urls"]);
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        await using var server = await RunningTutorServer.StartAsync();

        using var response = await server.Client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
