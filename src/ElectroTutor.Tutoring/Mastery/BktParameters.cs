namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// The five probabilities of Bayesian Knowledge Tracing for one skill (Corbett and Anderson 1995, with forgetting as
/// in Khajah, Lindsey and Mozer 2016). Every value is a probability in [0, 1]; slip + guess must stay below 1 so that
/// a correct answer is always evidence for mastery.
/// </summary>
/// <param name="PInit">Probability that the skill is mastered before the first attempt.</param>
/// <param name="PLearn">Probability of moving from unmastered to mastered after an attempt.</param>
/// <param name="PSlip">Probability of answering incorrectly although the skill is mastered.</param>
/// <param name="PGuess">Probability of answering correctly although the skill is not mastered.</param>
/// <param name="PForget">Probability of moving from mastered to unmastered after an attempt (0 for classic BKT).</param>
public sealed record BktParameters(double PInit, double PLearn, double PSlip, double PGuess, double PForget)
{
    /// <summary>
    /// Defaults for a skill with no data: a cautious prior (OATutor and pyBKT examples use 0.1 to 0.3), slip and guess
    /// well inside the usual bounds, and a little forgetting.
    /// </summary>
    public static BktParameters Default { get; } = new(PInit: 0.2, PLearn: 0.1, PSlip: 0.1, PGuess: 0.2, PForget: 0.01);

    /// <summary>Why these parameters are unusable, or null when they are valid.</summary>
    public string? Problem =>
        !IsProbability(PInit) ? $"pInit {PInit} is not a probability in [0, 1]"
        : !IsProbability(PLearn) ? $"pLearn {PLearn} is not a probability in [0, 1]"
        : !IsProbability(PSlip) ? $"pSlip {PSlip} is not a probability in [0, 1]"
        : !IsProbability(PGuess) ? $"pGuess {PGuess} is not a probability in [0, 1]"
        : !IsProbability(PForget) ? $"pForget {PForget} is not a probability in [0, 1]"
        : PSlip + PGuess >= 1 ? $"pSlip + pGuess = {PSlip + PGuess} must be below 1, or a correct answer would count against mastery"
        : null;

    /// <summary>Returns <paramref name="parameters"/>, or throws <see cref="ArgumentException"/> naming the invalid value.</summary>
    public static BktParameters Validate(BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.Problem is { } problem ? throw new ArgumentException(problem, nameof(parameters)) : parameters;
    }

    private static bool IsProbability(double value) => value is >= 0 and <= 1;
}
