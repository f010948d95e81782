using System.Buffers.Text;
using System.Text;
using ElectroTutor.BotFramework.Authentication;

namespace ElectroTutor.BotFramework.Tests.Authentication;

public sealed class CompactJwtTests
{
    [Fact]
    public void Parts_are_decoded_and_the_signed_bytes_kept_verbatim()
    {
        var token = $"{Encode("""{"alg":"RS256","kid":"k"}""")}.{Encode("""{"iss":"i","exp":1772442000,"nbf":"soon"}""")}.{Encode("sig")}";

        var jwt = CompactJwt.TryParse(token, out var failure);

        Assert.Null(failure);
        Assert.Equal("RS256", jwt!.HeaderString("alg"));
        Assert.Equal("i", jwt.ClaimString("iss"));
        Assert.Null(jwt.ClaimString("exp"));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772442000), jwt.ClaimTime("exp"));
        Assert.Null(jwt.ClaimTime("nbf"));
        Assert.Equal(token[..token.LastIndexOf('.')], Encoding.ASCII.GetString(jwt.SignedBytes));
        Assert.Equal("sig"u8.ToArray(), jwt.Signature);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-5")]
    public void Out_of_range_times_count_as_absent(string exp)
    {
        var jwt = CompactJwt.TryParse($"{Encode("{}")}.{Encode($$"""{"exp":{{exp}}}""")}.", out _);

        Assert.Null(jwt!.ClaimTime("exp"));
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
