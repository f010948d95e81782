using System.Buffers.Text;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

public sealed class DirectLineTokenIssuerTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private DirectLineTokenIssuer NewIssuer() => new(Options.Create(new DirectLineOptions()), _time);

    [Fact]
    public void A_token_grants_its_user_and_conversation_until_it_expires()
    {
        var issuer = NewIssuer();

        var grant = issuer.Validate(issuer.Issue("dl_ada", "conv1"));

        Assert.NotNull(grant);
        Assert.Equal("dl_ada", grant.UserId);
        Assert.Equal("conv1", grant.ConversationId);
        Assert.Equal(_time.GetUtcNow().AddSeconds(1800), grant.ExpiresAt);
    }

    [Fact]
    public void The_payload_is_readable_json_with_the_user_claim_as_Web_Chat_expects()
    {
        var token = NewIssuer().Issue("dl_ada", "conv1");

        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;

        Assert.Equal(3, parts.Length);
        Assert.Equal("dl_ada", (string?)payload["user"]);
        Assert.Equal("conv1", (string?)payload["conv"]);
        Assert.True((long)payload["exp"]! > (long)payload["iat"]!);
    }

    [Fact]
    public void An_expired_token_is_refused()
    {
        var issuer = NewIssuer();
        var token = issuer.Issue("dl_ada", "conv1");

        _time.Advance(TimeSpan.FromSeconds(1800));

        Assert.Null(issuer.Validate(token));
    }

    [Fact]
    public void A_token_with_a_changed_payload_or_from_another_process_is_refused()
    {
        var issuer = NewIssuer();
        var parts = issuer.Issue("dl_ada", "conv1").Split('.');
        var forgedPayload = Base64Url.EncodeToString("""{"user":"dl_eve","conv":"conv1","exp":4102444800}"""u8);

        Assert.Null(issuer.Validate($"{parts[0]}.{forgedPayload}.{parts[2]}"));
        Assert.Null(NewIssuer().Validate(string.Join('.', parts)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.!!!.???")]
    public void Garbage_is_refused_without_throwing(string token) => Assert.Null(NewIssuer().Validate(token));
}
