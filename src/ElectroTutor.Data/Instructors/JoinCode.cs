using System.Security.Cryptography;

namespace ElectroTutor.Data.Instructors;

/// <summary>
/// The codes learners type to join a class: six characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// 887 million codes (31⁶), compared without regard to case.
/// </summary>
public static class JoinCode
{
    /// <summary>The characters a code is made of.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>The characters in a code.</summary>
    public const int Length = 6;

    /// <summary>A new random code.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as stored: trimmed and upper-case, so "abc234 " finds "ABC234".</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }
}
