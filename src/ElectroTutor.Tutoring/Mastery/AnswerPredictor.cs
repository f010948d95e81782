namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// The one place P(correct) is computed, both in the tutor and in the offline evaluation: BKT mastery of the item's
/// skills (with forgetting, as the parameters say), plus the item's easiness, plus the learner's Elo-style ability,
/// added in log-odds. Mastery itself is not changed by the two extra terms; they only sharpen the prediction.
/// </summary>
public sealed class AnswerPredictor
{
    private readonly Func<string, BktParameters> parametersOf;

    /// <summary>A predictor over per-skill BKT parameters, item easiness offsets and an ability step size.</summary>
    /// <param name="parametersOf">BKT parameters per skill id.</param>
    /// <param name="items">Easiness offsets by item (template) id; <see cref="ItemDifficulty.None"/> turns the term off.</param>
    /// <param name="abilityRate">The Elo step size of <see cref="LearnerAbility"/>, ≥ 0; 0 turns the term off.</param>
    public AnswerPredictor(Func<string, BktParameters> parametersOf, ItemDifficulty items, double abilityRate)
    {
        ArgumentNullException.ThrowIfNull(parametersOf);
        ArgumentNullException.ThrowIfNull(items);
        if (!(abilityRate >= 0) || double.IsInfinity(abilityRate))
        {
            throw new ArgumentOutOfRangeException(nameof(abilityRate), abilityRate, "The ability step size must be a finite number ≥ 0.");
        }

        (this.parametersOf, Items, AbilityRate) = (parametersOf, items, abilityRate);
    }

    /// <summary>The easiness offsets in use.</summary>
    public ItemDifficulty Items { get; }

    /// <summary>The Elo step size of the learner term; 0 means the term is off.</summary>
    public double AbilityRate { get; }

    /// <summary>BKT parameters of a skill.</summary>
    public BktParameters ParametersOf(string skillId) => parametersOf(skillId);

    /// <summary>
    /// The prediction for an item tagged with <paramref name="skillIds"/>: the mean of each skill's BKT P(correct) at
    /// the mastery <paramref name="masteryOf"/> gives, shifted by the item's easiness and by <paramref name="learnerAbility"/>
    /// (ignored while the learner term is off). The mean (rather than the conjunctive product) keeps a one-skill and a
    /// two-skill item on the same scale, which is what the per-skill parameters were fitted on.
    /// </summary>
    public AnswerPrediction Predict(IReadOnlyList<string> skillIds, Func<string, BktParameters, double> masteryOf, string itemId, double learnerAbility)
    {
        ArgumentNullException.ThrowIfNull(skillIds);
        ArgumentNullException.ThrowIfNull(masteryOf);
        ArgumentNullException.ThrowIfNull(itemId);
        if (skillIds.Count == 0)
        {
            throw new ArgumentException("An item needs at least one skill to predict from.", nameof(skillIds));
        }

        var sum = 0.0;
        foreach (var skill in skillIds)
        {
            var parameters = parametersOf(skill);
            sum += Bkt.PredictCorrect(parameters, masteryOf(skill, parameters));
        }

        return new AnswerPrediction(sum / skillIds.Count, Items.OffsetOf(itemId), AbilityRate == 0 ? 0 : learnerAbility);
    }

    /// <summary>The prediction from a <see cref="MasteryEstimate"/>, as the offline replay keeps it.</summary>
    public AnswerPrediction Predict(MasteryEstimate estimate, IReadOnlyList<string> skillIds, string itemId, double learnerAbility)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Predict(skillIds, estimate.Of, itemId, learnerAbility);
    }

    /// <summary>
    /// The learner's ability after a first try that <paramref name="prediction"/> (made before it) foresaw: it moves by
    /// rate × (outcome − predicted probability). Unchanged while the learner term is off.
    /// </summary>
    public double NextAbility(double learnerAbility, AnswerPrediction prediction, bool correct)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return AbilityRate == 0 ? learnerAbility : LearnerAbility.Update(learnerAbility, prediction.Probability, correct, AbilityRate);
    }
}
