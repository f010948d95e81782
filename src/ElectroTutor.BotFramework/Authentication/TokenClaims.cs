using System.Security.Claims;
using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>Turns a validated token's JSON claims into a <see cref="ClaimsIdentity"/>: one claim per value, arrays flattened.</summary>
internal static class TokenClaims
{
    /// <summary>The identity carrying every claim of <paramref name="payload"/>.</summary>
    public static ClaimsIdentity ToIdentity(JsonElement payload, string authenticationType)
    {
        var claims = new List<Claim>();
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                claims.AddRange(property.Value.EnumerateArray().Select(item => ToClaim(property.Name, item)));
            }
            else
            {
                claims.Add(ToClaim(property.Name, property.Value));
            }
        }

        return new ClaimsIdentity(claims, authenticationType);
    }

    private static Claim ToClaim(string type, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new Claim(type, value.GetString()!),
        JsonValueKind.Number => new Claim(type, value.GetRawText(), value.TryGetInt64(out _) ? ClaimValueTypes.Integer64 : ClaimValueTypes.Double),
        JsonValueKind.True or JsonValueKind.False => new Claim(type, value.GetRawText(), ClaimValueTypes.Boolean),
        _ => new Claim(type, value.GetRawText(), "JSON"),
    };
}
