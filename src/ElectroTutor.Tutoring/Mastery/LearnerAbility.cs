namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// An Elo-style learner term: a log-odds offset that starts at 0 and moves after each attempt by
/// rate × (outcome − prediction), so a learner who keeps beating the skill-level predictions is predicted higher on
/// every skill. It only adjusts predictions; BKT mastery is unchanged.
/// </summary>
public static class LearnerAbility
{
    /// <summary>The prediction <paramref name="pCorrect"/> shifted by <paramref name="ability"/> log-odds.</summary>
    public static double Adjust(double ability, double pCorrect)
    {
        if (ability == 0)
        {
            return pCorrect;
        }

        var p = Math.Clamp(pCorrect, 1e-6, 1 - 1e-6);
        return 1 / (1 + Math.Exp(-(Math.Log(p / (1 - p)) + ability)));
    }

    /// <summary>The ability after an attempt predicted at <paramref name="predicted"/> (already adjusted) with this outcome.</summary>
    public static double Update(double ability, double predicted, bool correct, double rate) =>
        ability + (rate * ((correct ? 1 : 0) - predicted));
}
