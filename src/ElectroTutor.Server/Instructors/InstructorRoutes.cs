using System.Globalization;

namespace ElectroTutor.Server.Instructors;

/// <summary>The dashboard's and the report API's addresses, in one place so pages link to what endpoints serve.</summary>
internal static class InstructorRoutes
{
    /// <summary>The dashboard's root: the class list.</summary>
    public const string Root = "/instructor";

    /// <summary>The sign-in page.</summary>
    public const string Login = "/instructor/login";

    /// <summary>Where the sign-out form posts.</summary>
    public const string Logout = "/instructor/logout";

    /// <summary>The dashboard's style sheet.</summary>
    public const string StyleSheet = "/instructor/dashboard.css";

    /// <summary>The authorization policy of the dashboard's pages.</summary>
    public const string Policy = "Instructor";

    /// <summary>The overview of one class.</summary>
    public static string Class(string code) => $"{Root}/classes/{Uri.EscapeDataString(code)}";

    /// <summary>One student of a class.</summary>
    public static string Student(string code, long learnerId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Class(code)}/students/{learnerId}");

    /// <summary>One skill in a class.</summary>
    public static string Skill(string code, string skillId) => $"{Class(code)}/skills/{Uri.EscapeDataString(skillId)}";

    /// <summary>Item analysis of a class.</summary>
    public static string Items(string code) => $"{Class(code)}/items";

    /// <summary>The signed-in download of a class's report.</summary>
    public static string Export(string code) => $"{Class(code)}/export";

    /// <summary>The token-authenticated report API of a class.</summary>
    public static string Api(string code) => $"/api/classes/{Uri.EscapeDataString(code)}/report";
}
