using System.Globalization;

namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// A predicted chance of a correct first try, with the three log-odds terms it is the sum of, so a learner or an
/// instructor can see where it comes from: P(correct) = σ(<see cref="MasteryLogOdds"/> + <see cref="ItemEasiness"/> +
/// <see cref="LearnerAbility"/>).
/// </summary>
/// <param name="MasteryChance">P(correct) from BKT alone: the mean over the item's skills of p(1 − slip) + (1 − p)·guess, in [0, 1].</param>
/// <param name="ItemEasiness">The item's easiness offset in log-odds (positive = easier than its skills predict; 0 when unknown).</param>
/// <param name="LearnerAbility">The learner's overall offset in log-odds (positive = doing better than mastery alone predicts).</param>
public sealed record AnswerPrediction(double MasteryChance, double ItemEasiness, double LearnerAbility)
{
    /// <summary>Probabilities are kept this far from 0 and 1 before taking log-odds, so every term stays finite.</summary>
    public const double ProbabilityFloor = 1e-6;

    /// <summary>logit(<see cref="MasteryChance"/>), the skill-mastery term in log-odds.</summary>
    public double MasteryLogOdds => Logit(MasteryChance);

    /// <summary>The predicted chance of a correct first try, in (0, 1).</summary>
    public double Probability => ItemEasiness == 0 && LearnerAbility == 0
        ? MasteryChance
        : Sigmoid(MasteryLogOdds + ItemEasiness + LearnerAbility);

    /// <summary>
    /// One sentence for people, e.g. "Your mastery of Nernst potential says 62%; this question is a bit harder than
    /// usual (−0.40); your overall record (+0.20) → 58%."
    /// </summary>
    public string Describe(string skillName)
    {
        ArgumentNullException.ThrowIfNull(skillName);
        var parts = new List<string> { Text($"Your mastery of {skillName} says {MasteryChance * 100:0}%") };
        if (ItemEasiness != 0)
        {
            parts.Add(Text($"this question is {EasinessWords(ItemEasiness)} ({Signed(ItemEasiness)})"));
        }

        if (LearnerAbility != 0)
        {
            parts.Add(Text($"your overall record ({Signed(LearnerAbility)})"));
        }

        return string.Join("; ", parts) + Text($" → {Probability * 100:0}%.");
    }

    /// <summary>log(p / (1 − p)) with p kept within <see cref="ProbabilityFloor"/> of 0 and 1.</summary>
    public static double Logit(double probability)
    {
        var p = Math.Clamp(probability, ProbabilityFloor, 1 - ProbabilityFloor);
        return Math.Log(p / (1 - p));
    }

    /// <summary>The logistic function 1 / (1 + e^−z).</summary>
    public static double Sigmoid(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    private static string EasinessWords(double offset) => offset switch
    {
        <= -1 => "much harder than usual",
        < -0.25 => "a bit harder than usual",
        < 0.25 => "about as hard as usual",
        < 1 => "a bit easier than usual",
        _ => "much easier than usual",
    };

    private static string Signed(double value) => value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
