namespace ElectroTutor.Data.Instructors;

/// <summary>An instructor just added.</summary>
/// <param name="Instructor">The stored instructor.</param>
/// <param name="ApiToken">
/// The API token when one was asked for, or null. This is the only time it is available: only its hash is stored, so
/// show it to the instructor now.
/// </param>
public sealed record NewInstructor(InstructorRecord Instructor, string? ApiToken);
