namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// The BKT equations for one skill, as pure functions of a mastery probability in [0, 1]. An attempt is handled in
/// the order the evaluation protocol needs: predict, then condition on the observation, then apply the transition.
/// </summary>
public static class Bkt
{
    /// <summary>P(correct) = p(1 − slip) + (1 − p)·guess.</summary>
    public static double PredictCorrect(BktParameters parameters, double mastery)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return (mastery * (1 - parameters.PSlip)) + ((1 - mastery) * parameters.PGuess);
    }

    /// <summary>P(mastered | observation) by Bayes' rule, before any learning or forgetting.</summary>
    public static double Posterior(BktParameters parameters, double mastery, bool correct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var ifMastered = mastery * (correct ? 1 - parameters.PSlip : parameters.PSlip);
        var ifNot = (1 - mastery) * (correct ? parameters.PGuess : 1 - parameters.PGuess);
        var total = ifMastered + ifNot;
        return total <= 0 ? mastery : ifMastered / total;
    }

    /// <summary>The transition after an attempt: p' = p(1 − forget) + (1 − p)·learn.</summary>
    public static double Transition(BktParameters parameters, double mastery)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return (mastery * (1 - parameters.PForget)) + ((1 - mastery) * parameters.PLearn);
    }

    /// <summary>Mastery before the next attempt, given the current mastery and the observed outcome.</summary>
    public static double Update(BktParameters parameters, double mastery, bool correct) =>
        Transition(parameters, Posterior(parameters, mastery, correct));
}
