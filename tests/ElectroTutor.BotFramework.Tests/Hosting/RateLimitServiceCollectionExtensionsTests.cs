using System.Net;
using ElectroTutor.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>Rate limits of <c>/api/messages</c> and the local Direct Line: per conversation and per IP, 429 with Retry-After.</summary>
public sealed class RateLimitServiceCollectionExtensionsTests
{
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);

    [Fact]
    public async Task A_conversation_over_its_limit_on_api_messages_gets_429_with_retry_after_while_others_go_on()
    {
        await using var host = await RateLimitedHost.StartAsync(Settings(("PerConversation:PermitLimit", "3"), ("PerConversation:WindowSeconds", "60")));
        for (var number = 1; number <= 3; number++)
        {
            using var allowed = await host.PostMessageAsync("conv-a", number);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await host.PostMessageAsync("conv-a", 4);
        using var other = await host.PostMessageAsync("conv-b", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("TooManyRequests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Anonymous_direct_line_token_minting_is_limited_per_ip()
    {
        await using var host = await RateLimitedHost.StartAsync(Settings(("DirectLineTokensPerIp:PermitLimit", "2"), ("DirectLineTokensPerIp:WindowSeconds", "60")));
        using var first = await host.GenerateTokenAsync("dl_1");
        using var second = await host.GenerateTokenAsync("dl_2");
        using var third = await host.GenerateTokenAsync("dl_3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Direct_line_activities_are_limited_per_conversation()
    {
        await using var host = await RateLimitedHost.StartAsync(Settings(("PerConversation:PermitLimit", "2"), ("PerConversation:WindowSeconds", "60")));
        var (conversationId, token) = await StartAsync(host, "dl_1");

        using var first = await host.PostDirectLineMessageAsync(conversationId, token, "dl_1", "one");
        using var second = await host.PostDirectLineMessageAsync(conversationId, token, "dl_1", "two");
        using var third = await host.PostDirectLineMessageAsync(conversationId, token, "dl_1", "three");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task The_defaults_let_a_class_of_300_behind_one_address_join_and_talk()
    {
        await using var host = await RateLimitedHost.StartAsync();
        var statuses = new List<HttpStatusCode>();
        for (var learner = 1; learner <= 300; learner++)
        {
            var (conversationId, token) = await StartAsync(host, $"dl_{learner}");
            for (var message = 1; message <= 3; message++)
            {
                using var posted = await host.PostDirectLineMessageAsync(conversationId, token, $"dl_{learner}", $"answer {message}");
                statuses.Add(posted.StatusCode);
            }

            using var turn = await host.PostMessageAsync($"conv-{learner}", 1);
            statuses.Add(turn.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Disabled_limits_refuse_nothing()
    {
        await using var host = await RateLimitedHost.StartAsync(Settings(("Enabled", "false"), ("PerConversation:PermitLimit", "1"), ("DirectLineTokensPerIp:PermitLimit", "1")));
        for (var number = 1; number <= 5; number++)
        {
            using var turn = await host.PostMessageAsync("conv-a", number);
            using var token = await host.GenerateTokenAsync($"dl_{number}");
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }
    }

    [Fact]
    public void Out_of_range_settings_are_refused_at_registration_naming_each_setting()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(Settings(("PerConversation:PermitLimit", "-1"), ("MessagesPerIp:PermitLimit", "5"), ("MessagesPerIp:WindowSeconds", "0"))).Build();
        var problem = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBotRateLimits(section));
        Assert.Contains("PerConversation:PermitLimit", problem.Message, StringComparison.Ordinal);
        Assert.Contains("MessagesPerIp:WindowSeconds", problem.Message, StringComparison.Ordinal);
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(RateLimitedHost host, string userId)
    {
        using var generated = await host.GenerateTokenAsync(userId);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        using var started = await host.StartConversationAsync(await RateLimitedHost.ReadAsync(generated, "token"));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await RateLimitedHost.ReadAsync(started, "conversationId"), await RateLimitedHost.ReadAsync(started, "token"));
    }
}
