namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>Fitted BKT parameters per skill, with a fallback for skills the training data never saw.</summary>
/// <param name="Skills">Fits by skill id.</param>
/// <param name="Fallback">Parameters of a skill absent from <paramref name="Skills"/>.</param>
public sealed record MasteryModel(IReadOnlyDictionary<string, BktFit> Skills, BktParameters Fallback)
{
    /// <summary>Per-item easiness offsets applied to predictions (none by default).</summary>
    public ItemDifficulty Items { get; init; } = ItemDifficulty.None;

    /// <summary>Step size of the learner-ability term (<see cref="LearnerAbility"/>); 0 turns it off.</summary>
    public double LearnerRate { get; init; }

    /// <summary>The prediction path with this model's terms: the one the tutor runs.</summary>
    public AnswerPredictor Predictor => new(ParametersOf, Items, LearnerRate);

    /// <summary>The parameters the tutor uses for <paramref name="skillId"/>.</summary>
    public BktParameters ParametersOf(string skillId) =>
        Skills.TryGetValue(skillId, out var fit) ? fit.Parameters : Fallback;
}
