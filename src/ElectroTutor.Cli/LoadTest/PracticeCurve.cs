namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// A deliberately simple learner model for load: the chance of a right answer starts low and rises towards a ceiling
/// with every answer given, p(n) = ceiling − (ceiling − start)·exp(−n / pace). Enough to make conversations mix right
/// answers, retries and worked solutions the way real ones do; the mastery studies use the full simulated learner.
/// </summary>
internal sealed record PracticeCurve(double StartChance, double CeilingChance, double PaceAnswers)
{
    /// <summary>Draws one learner: a start chance of 0.15–0.35, a ceiling of 0.8–0.95 and a pace of 5–20 answers.</summary>
    public static PracticeCurve Draw(Random random) => new(
        0.15 + (0.2 * random.NextDouble()),
        0.8 + (0.15 * random.NextDouble()),
        5 + (15 * random.NextDouble()));

    /// <summary>The chance that the next answer is right after <paramref name="answersGiven"/> answers.</summary>
    public double ChanceOfRightAnswer(int answersGiven) =>
        CeilingChance - ((CeilingChance - StartChance) * Math.Exp(-Math.Max(0, answersGiven) / PaceAnswers));
}
