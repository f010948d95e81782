namespace ElectroTutor.Cli.Mastery;

/// <summary>The outcome of reading a dataset folder: the dataset, or the problems that made it unusable.</summary>
internal sealed record KtDatasetLoad(KtDataset? Dataset, IReadOnlyList<DatasetProblem> Problems);
