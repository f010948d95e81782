namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>The next item to serve, and why.</summary>
/// <param name="SkillId">The skill it practises (the template's main skill, or one it is tagged with).</param>
/// <param name="TemplateId">The template to generate it from.</param>
/// <param name="ItemSeed">The seed to generate the item with (template and seed make the item id).</param>
/// <param name="IsReview">True when it is a due review of a mastered skill.</param>
/// <param name="Reason">One sentence for "why this question?".</param>
public sealed record ItemSelection(string SkillId, string TemplateId, long ItemSeed, bool IsReview, string Reason)
{
    /// <summary>The predicted chance of a right first try at the chosen template, with its terms; null if not predicted.</summary>
    public AnswerPrediction? Prediction { get; init; }
}
