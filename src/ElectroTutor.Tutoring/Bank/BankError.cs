namespace ElectroTutor.Tutoring.Bank;

/// <summary>A problem in the question bank's files, located for the author who must fix it.</summary>
/// <param name="File">The file's name as given to the loader.</param>
/// <param name="Line">1-based line, or 0 when the problem is not tied to a line.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record BankError(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
