namespace ElectroTutor.Tutoring.Answers;

/// <summary>Why a choice or ordering answer could not be read; <see cref="None"/> when it was.</summary>
public enum ChoiceParseFailure
{
    /// <summary>The answer was read.</summary>
    None,

    /// <summary>Nothing but white space was sent.</summary>
    Empty,

    /// <summary>The text is longer than any answer, or holds control characters.</summary>
    Unreadable,

    /// <summary>More than one option was named ("a or c", "AB").</summary>
    Ambiguous,

    /// <summary>A letter or number that names no option ("e" when there are four).</summary>
    UnknownOption,

    /// <summary>Neither a letter, a shown number, nor the text of an option.</summary>
    NoMatch,

    /// <summary>An ordering names an item twice.</summary>
    Repeated,

    /// <summary>An ordering leaves items out.</summary>
    Missing,
}
