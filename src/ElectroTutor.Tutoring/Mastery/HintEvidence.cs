namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// The evidence policy for hints, following the ASSISTments convention: an attempt is correct evidence only when it
/// was right without the answer being shown. A bottom-out hint makes the attempt count as incorrect, because the
/// learner could not produce the answer; a partial hint leaves the outcome as observed.
/// </summary>
public static class HintEvidence
{
    /// <summary>The outcome BKT should observe for an attempt with this outcome and hint use.</summary>
    public static bool CountsAsCorrect(bool answeredCorrectly, HintUse hints) =>
        answeredCorrectly && hints != HintUse.BottomOut;
}
