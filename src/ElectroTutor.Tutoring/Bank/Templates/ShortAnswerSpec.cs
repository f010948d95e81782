namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// An honest check of a short typed answer: it is correct when, for every group in <see cref="RequiredGroups"/>, one of
/// the group's phrases appears as whole words; a phrase from <see cref="Rejected"/> marks it wrong and names the
/// misconception it reveals. Meant for answers of a word or a few (an ion, a channel, a structure), not essays.
/// </summary>
/// <param name="RequiredGroups">Groups of alternative phrases.</param>
/// <param name="Rejected">Phrases that reveal a misconception, with its id.</param>
public sealed record ShortAnswerSpec(IReadOnlyList<IReadOnlyList<string>> RequiredGroups, IReadOnlyList<RejectedPhrase> Rejected);
