namespace ElectroTutor.Data.Instructors;

/// <summary>A stored instructor, without any secret.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="LoginName">The login, lower-case; unique.</param>
/// <param name="HasPassword">True when the instructor can sign in with a password.</param>
/// <param name="HasApiToken">True when the instructor has an API token.</param>
/// <param name="CreatedAt">When the instructor was added (UTC).</param>
public sealed record InstructorRecord(long Id, string LoginName, bool HasPassword, bool HasApiToken, DateTimeOffset CreatedAt);
