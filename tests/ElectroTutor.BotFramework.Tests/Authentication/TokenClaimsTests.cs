using System.Security.Claims;
using System.Text.Json;
using ElectroTutor.BotFramework.Authentication;

namespace ElectroTutor.BotFramework.Tests.Authentication;

public sealed class TokenClaimsTests
{
    [Fact]
    public void Every_claim_value_becomes_a_claim_and_arrays_are_flattened()
    {
        using var payload = JsonDocument.Parse("""{"aud":["a","b"],"exp":1772442000,"ratio":0.5,"verified":true,"serviceurl":"https://x/"}""");

        var identity = TokenClaims.ToIdentity(payload.RootElement, "BotConnector");

        Assert.Equal("BotConnector", identity.AuthenticationType);
        Assert.Equal(["a", "b"], identity.FindAll("aud").Select(c => c.Value));
        Assert.Equal(ClaimValueTypes.Integer64, identity.FindFirst("exp")!.ValueType);
        Assert.Equal(ClaimValueTypes.Double, identity.FindFirst("ratio")!.ValueType);
        Assert.Equal("true", identity.FindFirst("verified")!.Value);
        Assert.Equal("https://x/", identity.FindFirst("serviceurl")!.Value);
    }
}
