using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ElectroTutor.BotFramework.Authentication;

namespace ElectroTutor.BotFramework.Tests.Authentication;

public sealed class SigningKeySetTests
{
    [Fact]
    public void RSA_signing_keys_are_read_with_their_endorsements_and_others_skipped()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var n = Base64Url.EncodeToString(parameters.Modulus);
        var e = Base64Url.EncodeToString(parameters.Exponent);
        var json = $$"""
            {"keys":[
              {"kty":"RSA","use":"sig","kid":"a","n":"{{n}}","e":"{{e}}","endorsements":["msteams","webchat"]},
              {"kty":"RSA","kid":"b","n":"{{n}}","e":"{{e}}"},
              {"kty":"RSA","use":"enc","kid":"c","n":"{{n}}","e":"{{e}}"},
              {"kty":"EC","kid":"d","crv":"P-256","x":"AA","y":"AA"},
              {"kty":"RSA","n":"{{n}}","e":"{{e}}"},
              {"kty":"RSA","kid":"broken","n":"not base64url!","e":"{{e}}"},
              {"kty":"RSA","kid":"broken-cert","x5c":["AAAA"]}
            ]}
            """;

        var keys = SigningKeySet.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(["a", "b"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["msteams", "webchat"], keys["a"].Endorsements);
        Assert.Null(keys["b"].Endorsements);
        Assert.Equal(parameters.Modulus, keys["a"].Parameters.Modulus);
    }

    [Fact]
    public void Key_given_only_as_a_certificate_chain_is_read_from_the_certificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var json = $$"""{"keys":[{"kty":"RSA","kid":"x","x5c":["{{Convert.ToBase64String(certificate.RawData)}}"],"endorsements":[]}]}""";

        var key = SigningKeySet.Parse(Encoding.UTF8.GetBytes(json))["x"];

        Assert.Equal(rsa.ExportParameters(includePrivateParameters: false).Modulus, key.Parameters.Modulus);
        Assert.Empty(key.Endorsements!);
    }

    [Theory]
    [InlineData("""{"items":[]}""")]
    [InlineData("""[]""")]
    public void Document_without_a_keys_array_is_rejected(string json)
    {
        Assert.Throws<FormatException>(() => SigningKeySet.Parse(Encoding.UTF8.GetBytes(json)));
    }
}
