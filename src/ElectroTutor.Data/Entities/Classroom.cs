namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>classes</c>: a class an instructor runs, joined with its code.</summary>
internal sealed class Classroom
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string JoinCode { get; set; } = string.Empty;

    public long InstructorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
