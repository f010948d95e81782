namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// When the best-ranked note counts as the answer to a question rather than a guess. All three conditions must hold,
/// so a question about something the notes never cover ("what is the speed of light?") gets no answer even though
/// one of its words occurs in a note.
/// </summary>
/// <param name="MinimumScore">The lowest BM25 score of an answer; depends on the size of the library (3 suits 30–60 notes).</param>
/// <param name="MinimumCoverage">
/// The lowest share (0–1) of the question's word weight (idf) the note must contain; words no note uses weigh as much
/// as the rarest words.
/// </param>
/// <param name="MinimumMatchedTerms">How many of the question's distinct content words the note must contain (all of them when the question has fewer).</param>
public sealed record ConceptAnswerRule(double MinimumScore, double MinimumCoverage, int MinimumMatchedTerms)
{
    /// <summary>The rule tuned on the shipped notes and their question tables.</summary>
    public static ConceptAnswerRule Default { get; } = new(MinimumScore: 3.0, MinimumCoverage: 0.5, MinimumMatchedTerms: 2);

    /// <summary>Whether a ranked note passes.</summary>
    /// <param name="match">The best-ranked note.</param>
    /// <param name="questionWords">How many distinct content words the question has.</param>
    /// <returns>True when the note is the answer.</returns>
    public bool Accepts(ConceptMatch match, int questionWords)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Score >= MinimumScore
            && match.MatchedTerms.Count >= Math.Min(MinimumMatchedTerms, questionWords)
            && match.Coverage >= MinimumCoverage;
    }
}
