namespace ElectroTutor.Tutoring.Concepts;

/// <summary>The answer to a free question: the best note when one matched with confidence, or why there is none.</summary>
/// <param name="Status">Answered, or the reason there is no answer.</param>
/// <param name="Note">The answering note; null unless <see cref="Status"/> is <see cref="ConceptAnswerStatus.Answered"/>.</param>
/// <param name="Score">The answering note's score, or the best (unconfident) score; 0 when nothing matched.</param>
/// <param name="Candidates">
/// The best-ranked notes (at most three), the answer first when there is one. When there is no answer they are the
/// closest guesses, which a tutor may offer as "related notes" but must not present as the answer.
/// </param>
public sealed record ConceptAnswer(ConceptAnswerStatus Status, ConceptNote? Note, double Score, IReadOnlyList<ConceptMatch> Candidates)
{
    /// <summary>True when a note answers the question.</summary>
    public bool Found => Status == ConceptAnswerStatus.Answered && Note is not null;
}
