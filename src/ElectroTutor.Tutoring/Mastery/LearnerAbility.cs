namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// An Elo-style learner term: a log-odds offset that starts at 0 and moves after each attempt by
/// rate × (outcome − prediction), so a learner who keeps beating the skill-level predictions is predicted higher on
/// every skill. <see cref="AnswerPredictor"/> adds it to the prediction; BKT mastery is unchanged.
/// </summary>
public static class LearnerAbility
{
    /// <summary>The ability after an attempt predicted at <paramref name="predicted"/> (already adjusted) with this outcome.</summary>
    public static double Update(double ability, double predicted, bool correct, double rate) =>
        ability + (rate * ((correct ? 1 : 0) - predicted));
}
