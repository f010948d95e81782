namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// A BM25 index over the notes, built once. Each note is one document whose term frequencies add its title and
/// aliases (weighted <see cref="TitleWeight"/>) to its body (weight 1); adjacent terms also count as a two-word term,
/// so "action potential" outranks notes that only say "action" and "potential" apart.
/// </summary>
internal sealed class ConceptIndex
{
    /// <summary>How much a word in the title or an alias counts against one in the body.</summary>
    public const double TitleWeight = 3;

    // The usual BM25 constants: term-frequency saturation and document-length normalisation.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, List<(int Note, double Frequency)>> postings = new(StringComparer.Ordinal);
    private readonly double[] lengths;
    private readonly double averageLength;

    public ConceptIndex(IReadOnlyList<ConceptNote> notes)
    {
        lengths = new double[notes.Count];
        for (var n = 0; n < notes.Count; n++)
        {
            var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
            var note = notes[n];
            foreach (var field in note.Aliases.Prepend(note.Title))
            {
                lengths[n] += Count(ConceptText.Terms(field), TitleWeight, frequencies);
            }

            lengths[n] += Count(ConceptText.Terms(note.Body), 1, frequencies);
            foreach (var (term, frequency) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((n, frequency));
            }
        }

        averageLength = notes.Count == 0 ? 1 : Math.Max(1, lengths.Average());
    }

    /// <summary>
    /// The notes sharing at least one term with the query, best first (ties in note order), each with its BM25 score,
    /// the query's words it contains, and the share of the query's idf weight those words carry.
    /// </summary>
    /// <param name="terms">The query's terms from <see cref="ConceptText.Terms"/>.</param>
    public List<RankedNote> Rank(IReadOnlyList<string> terms)
    {
        var words = terms.Distinct(StringComparer.Ordinal).ToList();
        var pairs = terms.Zip(terms.Skip(1), Pair).Distinct(StringComparer.Ordinal);
        var scores = new Dictionary<int, RankedNote>();
        foreach (var word in words)
        {
            Accumulate(word, scores, matched: true);
        }

        foreach (var pair in pairs)
        {
            Accumulate(pair, scores, matched: false);
        }

        var totalWeight = words.Sum(Idf);
        foreach (var ranked in scores.Values)
        {
            ranked.Coverage = totalWeight > 0 ? ranked.MatchedTerms.Sum(Idf) / totalWeight : 0;
        }

        return scores.Values.OrderByDescending(r => r.Score).ThenBy(r => r.Note).ToList();
    }

    // Unknown words weigh as much as the rarest known ones, so a question about something the notes never mention
    // keeps a low coverage even when one of its words happens to occur.
    private double Idf(string term)
    {
        var count = lengths.Length;
        var documentFrequency = postings.TryGetValue(term, out var list) ? list.Count : 0;
        return Math.Log(1 + ((count - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    private void Accumulate(string term, Dictionary<int, RankedNote> scores, bool matched)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            return;
        }

        var idf = Idf(term);
        foreach (var (note, frequency) in list)
        {
            var normalisation = K1 * (1 - B + (B * lengths[note] / averageLength));
            if (!scores.TryGetValue(note, out var ranked))
            {
                scores[note] = ranked = new RankedNote(note);
            }

            ranked.Score += idf * frequency * (K1 + 1) / (frequency + normalisation);
            if (matched)
            {
                ranked.MatchedTerms.Add(term);
            }
        }
    }

    private static double Count(List<string> terms, double weight, Dictionary<string, double> frequencies)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            frequencies[terms[i]] = frequencies.GetValueOrDefault(terms[i]) + weight;
            if (i > 0)
            {
                var pair = Pair(terms[i - 1], terms[i]);
                frequencies[pair] = frequencies.GetValueOrDefault(pair) + weight;
            }
        }

        return terms.Count * weight;
    }

    private static string Pair(string first, string second) => first + " " + second;
}
