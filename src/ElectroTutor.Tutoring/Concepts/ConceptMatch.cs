namespace ElectroTutor.Tutoring.Concepts;

/// <summary>A note found for a question, with how well it matched.</summary>
/// <param name="Note">The note.</param>
/// <param name="Score">BM25 relevance, 0 or more; only comparable between notes found for the same question.</param>
/// <param name="MatchedTerms">The question's normalised content words found in the note (stems, in question order).</param>
/// <param name="Coverage">Share (0–1) of the question's word weight (idf) that <paramref name="MatchedTerms"/> carry.</param>
public sealed record ConceptMatch(ConceptNote Note, double Score, IReadOnlyList<string> MatchedTerms, double Coverage);
