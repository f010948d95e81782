namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>What the learner asked for.</summary>
public enum SelectionMode
{
    /// <summary>Learn: new skills first; a due review only once its predicted recall is urgent.</summary>
    Practice,

    /// <summary>"Revise": every due review first, most overdue first; new learning only when none is due.</summary>
    Revise,
}
