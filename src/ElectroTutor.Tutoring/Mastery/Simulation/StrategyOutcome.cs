namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>How one strategy did, averaged over the simulated learners.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="MeanItems">Items served per learner.</param>
/// <param name="MeanItemsToTrueMastery">Items until every skill was truly learned, over the learners who got there (NaN if none).</param>
/// <param name="ReachedTrueMastery">Fraction of learners who truly learned every skill, in [0, 1].</param>
/// <param name="MeanOverPractice">Items per learner whose main skill was already truly learned.</param>
/// <param name="FalseMastery">Of the skills declared mastered, the fraction not truly learned, in [0, 1].</param>
/// <param name="UnderPractice">Of all skills, the fraction still not truly learned when the strategy stopped, in [0, 1].</param>
public sealed record StrategyOutcome(
    TutoringStrategy Strategy,
    double MeanItems,
    double MeanItemsToTrueMastery,
    double ReachedTrueMastery,
    double MeanOverPractice,
    double FalseMastery,
    double UnderPractice);
