using System.Security.Cryptography;
using System.Text;

namespace ElectroTutor.Data.Instructors;

/// <summary>
/// Instructor API tokens: 32 random bytes, shown once as <c>et_</c> and base64url text, and stored only as
/// <c>sha256$&lt;base64&gt;</c>. A token carries 256 bits of chance, so a fast unsalted hash is enough to make a stolen
/// database useless for signing in, and it lets the server find the instructor by the hash alone.
/// </summary>
internal static class ApiToken
{
    public const string Prefix = "et_";

    private const string Scheme = "sha256$";

    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Scheme + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>True when <paramref name="token"/> hashes to <paramref name="stored"/>, compared in constant time.</summary>
    public static bool Matches(string token, string? stored) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(stored));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
