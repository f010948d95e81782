namespace ElectroTutor.Tutoring.Mastery;

/// <summary>Settings of <see cref="BktFitter"/>. Bounds are inclusive probabilities; the defaults suit ASSISTments-size data.</summary>
public sealed record BktFitOptions
{
    /// <summary>Upper bound on pSlip; Corbett-style bounds stop EM from swapping the meaning of the two states.</summary>
    public double MaxSlip { get; init; } = 0.3;

    /// <summary>Upper bound on pGuess (0.3 in the Cognitive Tutor tradition; multiple-choice items may need 0.4).</summary>
    public double MaxGuess { get; init; } = 0.3;

    /// <summary>Upper bound on pForget.</summary>
    public double MaxForget { get; init; } = 0.5;

    /// <summary>Lower bound on every probability, so no event is ever impossible (log likelihood stays finite).</summary>
    public double MinProbability { get; init; } = 1e-4;

    /// <summary>Whether pForget is fitted; when false it stays 0 (classic BKT).</summary>
    public bool FitForgetting { get; init; } = true;

    /// <summary>Stop when the log likelihood per observation improves by less than this.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Most EM iterations from one starting point.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Options with all defaults.</summary>
    public static BktFitOptions Default { get; } = new();
}
