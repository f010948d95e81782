using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Conversation;

/// <summary>The repository's own question bank (data/), found by walking up from the test's folder.</summary>
internal static class RealBank
{
    private static readonly Lazy<QuestionBank> Loaded = new(Load);
    private static readonly Lazy<ConceptLibrary> LoadedConcepts = new(LoadConcepts);

    public static QuestionBank Bank => Loaded.Value;

    public static ConceptLibrary Concepts => LoadedConcepts.Value;

    public static string DataFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "skills.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The data/ folder was not found above the test's folder.");
    }

    private static QuestionBank Load()
    {
        var folder = DataFolder();
        var paths = new[] { "skills.yaml", "misconceptions.yaml", "item-easiness.yaml" }.Select(name => Path.Combine(folder, name))
            .Concat(Directory.EnumerateFiles(Path.Combine(folder, "templates"), "*.yaml").Order(StringComparer.Ordinal))
            .ToList();
        var readers = paths.Select(path => new StreamReader(path)).ToList();
        try
        {
            var result = QuestionBankLoader.Load(paths.Select((path, i) => new BankSource(Path.GetRelativePath(folder, path).Replace('\\', '/'), readers[i])), ScenarioCatalog.Default);
            return result.Bank ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static ConceptLibrary LoadConcepts()
    {
        var folder = DataFolder();
        var paths = Directory.EnumerateFiles(Path.Combine(folder, "concepts"), "*.md").Order(StringComparer.Ordinal).ToList();
        var readers = paths.Select(path => new StreamReader(path)).ToList();
        try
        {
            var result = ConceptLibraryLoader.Load(paths.Select((path, i) => new BankSource("concepts/" + Path.GetFileName(path), readers[i])), Bank.Skills);
            return result.Library ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
