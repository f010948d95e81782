namespace ElectroTutor.Tutoring.Bank;

/// <summary>
/// One bank file handed to the loader: its path relative to the bank folder (<c>skills.yaml</c>,
/// <c>misconceptions.yaml</c>, <c>templates/….yaml</c>) and its text.
/// </summary>
/// <param name="Name">Relative path with forward slashes; decides the file's role and names it in errors.</param>
/// <param name="Reader">The file's text.</param>
public sealed record BankSource(string Name, TextReader Reader);
