namespace ElectroTutor.Tutoring.Answers;

/// <summary>Why an answer could not be read; <see cref="None"/> when it was.</summary>
public enum AnswerParseFailure
{
    /// <summary>The answer was read.</summary>
    None,

    /// <summary>Nothing but white space was sent.</summary>
    Empty,

    /// <summary>The text is longer than any answer (more than 200 characters).</summary>
    TooLong,

    /// <summary>The text holds control or direction-override characters.</summary>
    InvalidCharacters,

    /// <summary>No number was found, e.g. a unit alone ("mV") or words only.</summary>
    NoNumber,

    /// <summary>The number is not finite: NaN, infinity, or an exponent beyond double range such as 1e999.</summary>
    NotFinite,

    /// <summary>A number was found but the text around it could not be read.</summary>
    Unparseable,

    /// <summary>The answer could mean more than one value: two different numbers, a range, or "1,000".</summary>
    Ambiguous,

    /// <summary>The number is followed by a unit that is not in the catalogue or could mean several units.</summary>
    UnknownUnit,
}
