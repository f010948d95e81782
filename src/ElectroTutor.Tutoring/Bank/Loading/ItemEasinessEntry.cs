namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>One line of <c>item-easiness.yaml</c>, with where it was read for error messages.</summary>
/// <param name="TemplateId">The template.</param>
/// <param name="Easiness">Log-odds offset.</param>
/// <param name="Attempts">Logged attempts it was fitted on.</param>
/// <param name="Line">The entry's line in the file.</param>
internal sealed record ItemEasinessEntry(string TemplateId, double Easiness, int Attempts, int Line);
