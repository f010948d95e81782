namespace ElectroTutor.Tutoring.Concepts;

/// <summary>One note's standing for one query while <see cref="ConceptIndex"/> ranks it.</summary>
/// <param name="note">The note's position in the library.</param>
internal sealed class RankedNote(int note)
{
    /// <summary>The note's position in the library.</summary>
    public int Note { get; } = note;

    /// <summary>BM25 score summed over the query's words and word pairs.</summary>
    public double Score { get; set; }

    /// <summary>The query's distinct words that occur in the note, in query order.</summary>
    public List<string> MatchedTerms { get; } = [];

    /// <summary>Share (0–1) of the query's idf weight carried by <see cref="MatchedTerms"/>.</summary>
    public double Coverage { get; set; }
}
