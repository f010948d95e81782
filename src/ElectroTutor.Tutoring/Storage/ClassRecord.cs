namespace ElectroTutor.Tutoring.Storage;

/// <summary>A class as learners see it.</summary>
/// <param name="Id">The stored id.</param>
/// <param name="Name">The class's name, e.g. "PHYS 201 Tuesday".</param>
/// <param name="JoinCode">The code learners type to join, e.g. "ABC123".</param>
/// <param name="InstructorId">The instructor who owns the class.</param>
public sealed record ClassRecord(long Id, string Name, string JoinCode, long InstructorId);
