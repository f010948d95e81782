namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// The concept notes and a search over them, so the tutor can answer a learner's free question ("why does K⁺ leave
/// the cell?") from the project's own notes, and say honestly when no note covers it. Retrieval is BM25 over title,
/// aliases and body with chemistry-aware normalisation (<c>K⁺</c> = <c>K+</c> = potassium); no language model.
/// Built once; searching is pure and thread-safe.
/// </summary>
public sealed class ConceptLibrary
{
    /// <summary>Questions longer than this are not searched: they are pasted text, not a question.</summary>
    public const int MaximumQuestionCharacters = 1000;

    private const int CandidateCount = 3;

    private readonly ConceptIndex index;
    private readonly Dictionary<string, ConceptNote> byId;

    /// <summary>Builds the library and its index.</summary>
    /// <param name="notes">The notes, ids unique; their order breaks ties between equal scores.</param>
    /// <param name="rule">When a note counts as an answer; <see cref="ConceptAnswerRule.Default"/> when null.</param>
    /// <exception cref="ArgumentException">Two notes share an id.</exception>
    public ConceptLibrary(IReadOnlyList<ConceptNote> notes, ConceptAnswerRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        Rule = rule ?? ConceptAnswerRule.Default;
        Notes = notes.ToList();
        byId = new Dictionary<string, ConceptNote>(StringComparer.Ordinal);
        foreach (var note in Notes)
        {
            if (!byId.TryAdd(note.Id, note))
            {
                throw new ArgumentException($"Two concept notes have the id '{note.Id}'.", nameof(notes));
            }
        }

        index = new ConceptIndex(Notes);
    }

    /// <summary>When a note counts as an answer.</summary>
    public ConceptAnswerRule Rule { get; }

    /// <summary>Every note, in load order.</summary>
    public IReadOnlyList<ConceptNote> Notes { get; }

    /// <summary>Finds a note by id.</summary>
    /// <param name="id">Note id.</param>
    /// <param name="note">The note when found.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGet(string id, out ConceptNote note) => byId.TryGetValue(id, out note!);

    /// <summary>
    /// The notes of a skill, for "why?" or "explain" on the current question: notes whose main (first) skill it is
    /// come first, then notes that also touch it, each group in load order.
    /// </summary>
    /// <param name="skillId">A skill id; an unknown id gives an empty list.</param>
    /// <returns>The notes, possibly none.</returns>
    public IReadOnlyList<ConceptNote> ForSkill(string skillId)
    {
        ArgumentNullException.ThrowIfNull(skillId);
        return Notes.Where(n => n.Skills.Contains(skillId, StringComparer.Ordinal))
            .OrderBy(n => n.Skills[0] == skillId ? 0 : 1)
            .ToList();
    }

    /// <summary>
    /// Every note sharing a content word with the question, best first, without the confidence rule: for authors
    /// checking what a question finds, and for offering related notes.
    /// </summary>
    /// <param name="question">The learner's text, as typed.</param>
    /// <param name="max">How many notes at most, 1 or more.</param>
    /// <returns>Matches by falling score; empty for an empty or over-long question.</returns>
    public IReadOnlyList<ConceptMatch> Search(string question, int max)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return question.Length > MaximumQuestionCharacters ? [] : Rank(ConceptText.Terms(question), max);
    }

    /// <summary>
    /// The note that answers a free question, or why there is none: the best-ranked note when <see cref="Rule"/>
    /// accepts it (score, matched content words, and their share of the question's weight all high enough).
    /// </summary>
    /// <param name="question">The learner's text, as typed; any text is accepted.</param>
    /// <returns>The answer; never throws for odd text.</returns>
    public ConceptAnswer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > MaximumQuestionCharacters)
        {
            return new ConceptAnswer(ConceptAnswerStatus.TooLong, null, 0, []);
        }

        var terms = ConceptText.Terms(question);
        if (terms.Count == 0)
        {
            return new ConceptAnswer(ConceptAnswerStatus.NoContentWords, null, 0, []);
        }

        var ranked = index.Rank(terms);
        var candidates = ranked.Take(CandidateCount).Select(ToMatch).ToList();
        if (ranked.Count == 0)
        {
            return new ConceptAnswer(ConceptAnswerStatus.NoConfidentMatch, null, 0, []);
        }

        var best = candidates[0];
        return Rule.Accepts(best, terms.Distinct(StringComparer.Ordinal).Count())
            ? new ConceptAnswer(ConceptAnswerStatus.Answered, best.Note, best.Score, candidates)
            : new ConceptAnswer(ConceptAnswerStatus.NoConfidentMatch, null, best.Score, candidates);
    }

    private List<ConceptMatch> Rank(List<string> terms, int max) =>
        terms.Count == 0 ? [] : index.Rank(terms).Take(max).Select(ToMatch).ToList();

    private ConceptMatch ToMatch(RankedNote ranked) => new(Notes[ranked.Note], ranked.Score, ranked.MatchedTerms, ranked.Coverage);
}
