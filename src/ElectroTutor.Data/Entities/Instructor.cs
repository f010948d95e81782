namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>instructors</c>. Only hashes of secrets are ever stored; at least one of them is present.</summary>
internal sealed class Instructor
{
    public long Id { get; set; }

    public string LoginName { get; set; } = string.Empty;

    public string? PasswordHash { get; set; }

    public string? ApiTokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
