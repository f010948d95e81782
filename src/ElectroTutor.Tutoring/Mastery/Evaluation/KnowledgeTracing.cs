using System.Collections.Concurrent;

namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>
/// The offline protocol: fit per-skill BKT on training learners, then replay each test learner through
/// <see cref="AnswerPredictor"/> and <see cref="MasteryEstimate"/> — the tutor's own code path — predicting every
/// attempt before observing it.
/// </summary>
public static class KnowledgeTracing
{
    /// <summary>
    /// Per-skill outcome sequences: an attempt tagged with several skills is an opportunity for each of them, the
    /// usual expansion for training per-skill BKT (it is never used for prediction, where it would leak the answer).
    /// </summary>
    public static IReadOnlyDictionary<string, List<IReadOnlyList<bool>>> SkillSequences(IEnumerable<LearnerHistory> learners)
    {
        ArgumentNullException.ThrowIfNull(learners);
        var bySkill = new Dictionary<string, List<IReadOnlyList<bool>>>(StringComparer.Ordinal);
        foreach (var learner in learners)
        {
            var own = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
            foreach (var attempt in learner.Attempts)
            {
                foreach (var skill in attempt.SkillIds.Distinct(StringComparer.Ordinal))
                {
                    if (!own.TryGetValue(skill, out var list))
                    {
                        own[skill] = list = [];
                    }

                    list.Add(attempt.Correct);
                }
            }

            foreach (var (skill, outcomes) in own)
            {
                if (!bySkill.TryGetValue(skill, out var lists))
                {
                    bySkill[skill] = lists = [];
                }

                lists.Add(outcomes);
            }
        }

        return bySkill;
    }

    /// <summary>
    /// Fits every skill in parallel (each fit is deterministic, so the result does not depend on scheduling).
    /// <paramref name="onSkillFitted"/> is called once per skill from worker threads, for progress reporting.
    /// </summary>
    public static MasteryModel Fit(IEnumerable<LearnerHistory> train, BktFitOptions options, Action? onSkillFitted = null)
    {
        var sequences = SkillSequences(train).ToArray();
        var fits = new ConcurrentDictionary<string, BktFit>(StringComparer.Ordinal);
        Parallel.ForEach(sequences, pair =>
        {
            fits[pair.Key] = BktFitter.Fit(pair.Value, options);
            onSkillFitted?.Invoke();
        });
        var fallback = options.FitForgetting ? BktParameters.Default : BktParameters.Default with { PForget = 0 };
        return new MasteryModel(new Dictionary<string, BktFit>(fits, StringComparer.Ordinal), fallback);
    }

    /// <summary>Number of distinct skills in <paramref name="learners"/>, for progress bars and reports.</summary>
    public static int CountSkills(IEnumerable<LearnerHistory> learners) =>
        learners.SelectMany(l => l.Attempts).SelectMany(a => a.SkillIds).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Replays the test learners and scores the predictions made before each attempt, pooled over all attempts.</summary>
    public static PredictionMetrics Evaluate(MasteryModel model, IReadOnlyList<LearnerHistory> test)
    {
        var replay = Predict(model, test);
        var attempts = replay.SelectMany(learner => learner).ToArray();
        return PredictionMetrics.Of([.. attempts.Select(a => a.Prediction.Probability)], [.. attempts.Select(a => a.Attempt.Correct)]);
    }

    /// <summary>
    /// Replays each learner from an empty <see cref="MasteryEstimate"/> through the model's <see cref="AnswerPredictor"/>,
    /// the tutor's own prediction path: every attempt is predicted from the attempts before it, then observed (mastery
    /// by BKT, ability by the Elo step). Returns the predictions per learner, in the learners' order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PredictedAttempt>> Predict(MasteryModel model, IReadOnlyList<LearnerHistory> learners)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(learners);
        var predictor = model.Predictor;
        var replay = new List<IReadOnlyList<PredictedAttempt>>(learners.Count);
        foreach (var learner in learners)
        {
            var estimate = MasteryEstimate.Empty;
            var ability = 0.0;
            var own = new List<PredictedAttempt>(learner.Attempts.Count);
            foreach (var attempt in learner.Attempts)
            {
                var prediction = predictor.Predict(estimate, attempt.SkillIds, attempt.ItemId, ability);
                own.Add(new PredictedAttempt(attempt, prediction));
                estimate = estimate.Observe(attempt.SkillIds, attempt.Correct, predictor.ParametersOf);
                ability = predictor.NextAbility(ability, prediction, attempt.Correct);
            }

            replay.Add(own);
        }

        return replay;
    }

    /// <summary>
    /// AUC computed per skill (an attempt counts for each skill it is tagged with) and averaged over the skills whose
    /// attempts contain both outcomes; NaN when there is none.
    /// </summary>
    public static double PerSkillAuc(IEnumerable<PredictedAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var aucs = attempts
            .SelectMany(a => a.Attempt.SkillIds.Distinct(StringComparer.Ordinal).Select(skill => (Skill: skill, a.Prediction.Probability, a.Attempt.Correct)))
            .GroupBy(a => a.Skill, StringComparer.Ordinal)
            .Select(g => PredictionMetrics.AucOf([.. g.Select(a => a.Probability)], [.. g.Select(a => a.Correct)]))
            .Where(double.IsFinite)
            .ToArray();
        return aucs.Length == 0 ? double.NaN : aucs.Average();
    }

    /// <summary>
    /// Fits the per-item offsets of <see cref="ItemDifficulty"/> on the training learners' own BKT predictions and
    /// returns <paramref name="model"/> with them.
    /// </summary>
    public static MasteryModel WithItemDifficulty(MasteryModel model, IReadOnlyList<LearnerHistory> train, double priorStrength = ItemDifficulty.DefaultPriorStrength)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model with { Items = ItemDifficulty.Fit(BktReplay(model, train), priorStrength) };
    }

    /// <summary>
    /// Chooses the item prior strength and the learner-ability rate without looking at the test split: fit on the
    /// first 80% of the training learners, score log loss on the last 20% for every pair of candidates, and return the
    /// best pair. An empty <paramref name="priorStrengths"/> means no item term (NaN is returned for it).
    /// </summary>
    public static (double PriorStrength, double LearnerRate) ChooseOnValidation(
        IReadOnlyList<LearnerHistory> train, BktFitOptions options, IReadOnlyList<double> priorStrengths, IReadOnlyList<double> learnerRates)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(priorStrengths);
        ArgumentNullException.ThrowIfNull(learnerRates);
        var cut = train.Count * 4 / 5;
        var fitPart = train.Take(cut).ToArray();
        var validation = train.Skip(cut).ToArray();
        var model = Fit(fitPart, options);
        var replay = BktReplay(model, fitPart);
        var pairs = from strength in priorStrengths.DefaultIfEmpty(double.NaN)
                    from rate in learnerRates.DefaultIfEmpty(0)
                    select (strength, rate);
        return pairs.MinBy(pair =>
        {
            var items = double.IsNaN(pair.strength) ? ItemDifficulty.None : ItemDifficulty.Fit(replay, pair.strength);
            return Evaluate(model with { Items = items, LearnerRate = pair.rate }, validation).LogLoss;
        });
    }

    /// <summary>
    /// Each attempt with the plain BKT prediction made before it was observed (no item or learner term), the input
    /// <see cref="ItemDifficulty.Fit"/> expects. It is the same replay as <see cref="Predict"/>, with the terms off.
    /// </summary>
    public static IReadOnlyList<(string ItemId, double PredictedCorrect, bool Correct)> BktReplay(MasteryModel model, IReadOnlyList<LearnerHistory> learners)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. Predict(model with { Items = ItemDifficulty.None, LearnerRate = 0 }, learners)
            .SelectMany(learner => learner)
            .Select(a => (a.Attempt.ItemId, a.Prediction.MasteryChance, a.Attempt.Correct))];
    }
}
