namespace ElectroTutor.Tutoring.Answers;

/// <summary>The grade of one numeric answer.</summary>
public enum AnswerVerdict
{
    /// <summary>The value matches within tolerance, in a unit of the right dimension.</summary>
    Correct,

    /// <summary>Correct, with something the learner should hear (significant figures, a unit written leniently).</summary>
    CorrectWithNote,

    /// <summary>A value of the right dimension that does not match.</summary>
    Incorrect,

    /// <summary>A unit of another dimension, e.g. a concentration given for a potential.</summary>
    WrongUnit,

    /// <summary>The text could not be read as a value (including unknown units).</summary>
    Unparseable,

    /// <summary>The text could mean more than one value.</summary>
    Ambiguous,

    /// <summary>No unit was given and the template demands one.</summary>
    MissingUnit,
}
