namespace ElectroTutor.Tutoring.Concepts;

/// <summary>Whether a free question got a note, and why not when it did not.</summary>
public enum ConceptAnswerStatus
{
    /// <summary>A note matched with confidence; it is the answer.</summary>
    Answered,

    /// <summary>The question had no content words to search with ("why?", "??", an emoji): ask what it is about.</summary>
    NoContentWords,

    /// <summary>The text is too long to be one question; nothing was searched.</summary>
    TooLong,

    /// <summary>No note matched well enough: the notes do not cover this question.</summary>
    NoConfidentMatch,
}
