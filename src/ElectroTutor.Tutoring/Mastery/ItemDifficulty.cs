namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// An explainable per-item correction on top of BKT: each item gets an easiness offset in log-odds, so
/// P(correct) = σ(logit(P_BKT) + offset), as <see cref="AnswerPredictor"/> applies it. Offsets are fitted on logged attempts by Newton's method on the logistic
/// likelihood with a Gaussian prior (L2 penalty, <see cref="DefaultPriorStrength"/> unless chosen) centred on 0, so an
/// item seen a few times stays close to plain BKT. Mastery updates are unchanged: the offset describes the item, not the learner.
/// </summary>
public sealed class ItemDifficulty
{
    /// <summary>The default L2 penalty on an offset (the prior precision): larger keeps offsets nearer 0.</summary>
    public const double DefaultPriorStrength = 2.0;

    private const int NewtonSteps = 8;

    private readonly IReadOnlyDictionary<string, double> offsets;

    private ItemDifficulty(IReadOnlyDictionary<string, double> offsets, IReadOnlyDictionary<string, int> attempts) =>
        (this.offsets, Attempts) = (offsets, attempts);

    /// <summary>No offsets: predictions are plain BKT.</summary>
    public static ItemDifficulty None { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>Offsets in log-odds by item id (positive = easier than the skills' BKT predicts).</summary>
    public IReadOnlyDictionary<string, double> Offsets => offsets;

    /// <summary>How many attempts each offset was fitted on, by item id.</summary>
    public IReadOnlyDictionary<string, int> Attempts { get; }

    /// <summary>Offsets given directly (e.g. read from a file), with the number of attempts each was fitted on.</summary>
    public static ItemDifficulty FromOffsets(IReadOnlyDictionary<string, (double Offset, int Attempts)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ItemDifficulty(
            items.ToDictionary(pair => pair.Key, pair => pair.Value.Offset, StringComparer.Ordinal),
            items.ToDictionary(pair => pair.Key, pair => pair.Value.Attempts, StringComparer.Ordinal));
    }

    /// <summary>The offset of <paramref name="itemId"/> in log-odds; 0 for an item without one.</summary>
    public double OffsetOf(string itemId) => offsets.TryGetValue(itemId, out var offset) ? offset : 0;

    /// <summary>
    /// Fits one offset per item from (item, BKT prediction made before the attempt, outcome) triples. Each item is
    /// independent, so the result does not depend on the order of the triples.
    /// </summary>
    public static ItemDifficulty Fit(IEnumerable<(string ItemId, double PredictedCorrect, bool Correct)> attempts, double priorStrength = DefaultPriorStrength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorStrength);
        ArgumentNullException.ThrowIfNull(attempts);
        var byItem = attempts.Where(a => a.ItemId.Length > 0).GroupBy(a => a.ItemId, StringComparer.Ordinal);
        var fitted = new Dictionary<string, double>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in byItem)
        {
            var logits = item.Select(a => AnswerPrediction.Logit(a.PredictedCorrect)).ToArray();
            var outcomes = item.Select(a => a.Correct ? 1.0 : 0.0).ToArray();
            var offset = 0.0;
            for (var step = 0; step < NewtonSteps; step++)
            {
                double gradient = -priorStrength * offset, curvature = priorStrength;
                for (var i = 0; i < logits.Length; i++)
                {
                    var p = AnswerPrediction.Sigmoid(logits[i] + offset);
                    gradient += outcomes[i] - p;
                    curvature += p * (1 - p);
                }

                offset += gradient / curvature;
            }

            fitted[item.Key] = offset;
            counts[item.Key] = logits.Length;
        }

        return new ItemDifficulty(fitted, counts);
    }
}
