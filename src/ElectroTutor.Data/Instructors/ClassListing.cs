using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Instructors;

/// <summary>A class as its instructor and operators see it.</summary>
/// <param name="Class">The class.</param>
/// <param name="InstructorLogin">The login of the instructor who owns it.</param>
/// <param name="Learners">Learners enrolled.</param>
/// <param name="CreatedAt">When the class was created (UTC).</param>
public sealed record ClassListing(ClassRecord Class, string InstructorLogin, int Learners, DateTimeOffset CreatedAt);
