namespace ElectroTutor.Server.Instructors;

/// <summary>The signed-in instructor as a page needs them.</summary>
/// <param name="InstructorId">The instructor's id.</param>
/// <param name="LoginName">Their login, shown in the header.</param>
/// <param name="AntiforgeryToken">The token the page's forms post back.</param>
internal sealed record DashboardSession(long InstructorId, string LoginName, string AntiforgeryToken);
