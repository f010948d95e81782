namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// Words that say nothing about which note answers a question: function words, question words ("what", "why",
/// "how"), and the filler of learners' questions ("explain", "happens", "mean", "role"). They are dropped before
/// searching, so that "what is the capital of France?" is left with only "capital" and "france".
/// </summary>
internal static class ConceptStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // articles, pronouns, determiners
        "the", "an", "this", "that", "these", "those", "it", "its", "itself", "they", "them", "their", "there", "here",
        "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "he", "him", "his", "she", "her", "one", "ones",
        "some", "any", "all", "each", "every", "both", "either", "neither", "other", "another", "such", "same",
        "something", "anything", "everything", "nothing", "someone", "anyone",

        // prepositions and conjunctions
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "out", "off", "up", "down", "over",
        "under", "about", "as", "than", "then", "so", "and", "or", "but", "nor", "if", "because", "since", "while",
        "though", "although", "whether", "through", "across", "between", "per", "via", "vs", "versus", "like", "after",
        "before", "during", "once", "until",

        // auxiliaries and their contractions
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has",
        "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "cannot", "cant",
        "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "couldn", "shouldn", "ll", "ve", "re",

        // question words
        "what", "whats", "why", "how", "hows", "when", "where", "which", "who", "whom", "whose", "whatever",

        // the filler of questions
        "explain", "explains", "explained", "explanation", "tell", "describe", "define", "definition", "meaning",
        "mean", "means", "happen", "happens", "happened", "happening", "occur", "occurs", "please", "pls", "thanks",
        "thank", "hi", "hello", "hey", "ok", "okay", "know", "understand", "confused", "question", "answer", "again",
        "thing", "things", "stuff", "kind", "sort", "way", "ways", "really", "actually", "exactly", "basically",
        "just", "also", "still", "even", "only", "very", "much", "many", "lot", "lots", "more", "most", "less",
        "least", "too", "not", "no", "yes", "role", "purpose", "function", "point", "work", "works", "working",
        "get", "gets", "got", "make", "makes", "made", "use", "used", "uses", "using", "need", "needs", "needed",
        "go", "goes", "going", "come", "comes", "say", "says", "said", "called", "term", "word", "example",
        "difference", "different", "important", "matter", "matters", "affect", "affects", "effect", "effects",
        "cause", "causes", "caused", "reason", "calculate", "calculated", "calculating", "calculation", "compute",
        "find", "figure", "determine", "exist", "exists", "first", "now", "ever", "always", "never",
        "help", "homework", "i", "im", "ive", "id", "doesnt", "dont", "isnt", "wont", "shouldnt",
    };

    /// <summary>True when a lower-case word is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
