using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>A knowledge-tracing dataset split by learner into train and test, as read from a folder.</summary>
internal sealed record KtDataset(string Format, IReadOnlyList<LearnerHistory> Train, IReadOnlyList<LearnerHistory> Test);
