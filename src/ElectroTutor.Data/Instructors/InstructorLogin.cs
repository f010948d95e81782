namespace ElectroTutor.Data.Instructors;

/// <summary>
/// What a login may be: 1 to 64 letters, digits and <c>. _ - @</c> (so an e-mail address works), compared without
/// regard to case and stored lower-case.
/// </summary>
public static class InstructorLogin
{
    /// <summary>The longest login.</summary>
    public const int MaximumLength = 64;

    /// <summary>The rule, for messages.</summary>
    public const string Rule = "1 to 64 letters, digits and . _ - @";

    /// <summary>The login as stored, or null when <paramref name="text"/> breaks the rule.</summary>
    public static string? Normalize(string? text)
    {
        var login = text?.Trim().ToLowerInvariant();
        return login is { Length: > 0 and <= MaximumLength } && login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
            ? login
            : null;
    }
}
