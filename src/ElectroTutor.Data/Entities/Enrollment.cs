namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>enrollments</c>: a learner in a class.</summary>
internal sealed class Enrollment
{
    public long ClassId { get; set; }

    public long LearnerId { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }
}
