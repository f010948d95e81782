using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ElectroTutor.Data.Instructors;

/// <summary>
/// Instructor passwords as PBKDF2-HMAC-SHA256 hashes in one self-describing string,
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt, base64&gt;$&lt;hash, base64&gt;</c>, so the work factor can be raised later
/// without invalidating stored hashes. 600,000 iterations and a 16-byte random salt follow OWASP's 2023 advice for
/// PBKDF2-HMAC-SHA256. The password itself is never stored.
/// </summary>
internal static class PasswordHash
{
    public const string Scheme = "pbkdf2-sha256";

    public const int Iterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Stored strings naming more work than this are refused rather than tying up a thread (a tampered row).
    private const int MaximumIterations = 10_000_000;

    private static readonly byte[] DummySalt = new byte[SaltBytes];

    public static string Create(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// True when <paramref name="password"/> matches <paramref name="stored"/>. The hashes are compared in constant
    /// time; an unreadable stored string is a mismatch.
    /// </summary>
    public static bool Verify(string password, string? stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(stored, out var iterations, out var salt, out var expected))
        {
            SpendEquivalentTime(password);
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations), expected);
    }

    /// <summary>Does the work of one verification, so that an unknown login takes as long to refuse as a wrong password.</summary>
    public static void SpendEquivalentTime(string password) => Derive(password ?? string.Empty, DummySalt, Iterations);

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private static bool TryParse(string? stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = [];
        hash = [];
        var parts = stored?.Split('$');
        if (parts is not [Scheme, var count, var saltText, var hashText]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < 1 or > MaximumIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(saltText);
            hash = Convert.FromBase64String(hashText);
            return salt.Length > 0 && hash.Length == HashBytes;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
