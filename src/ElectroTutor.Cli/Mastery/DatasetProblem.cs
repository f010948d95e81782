namespace ElectroTutor.Cli.Mastery;

/// <summary>Why one row of a dataset file could not be used, named by file and 1-based line.</summary>
internal sealed record DatasetProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
