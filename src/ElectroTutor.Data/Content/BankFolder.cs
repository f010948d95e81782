using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Data.Content;

/// <summary>
/// Finds and reads the bank's folder (<c>data/</c>): given with <c>--data</c>, or found by walking up from the current
/// directory and from the program's own folder to the first <c>data/skills.yaml</c>.
/// </summary>
public static class BankFolder
{
    private static readonly string[] TopLevelFiles = ["skills.yaml", "misconceptions.yaml", QuestionBankLoader.ItemEasinessFile];

    public static string? Find(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "skills.yaml")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static QuestionBankLoadResult Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new QuestionBankLoadResult(null, [new BankError(folder, 0, "the bank folder does not exist.")]);
        }

        var paths = TopLevelFiles
            .Select(name => Path.Combine(folder, name))
            .Where(File.Exists)
            .Concat(Directory.Exists(Path.Combine(folder, "templates"))
                ? Directory.EnumerateFiles(Path.Combine(folder, "templates"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [])
            .ToList();
        var readers = new List<StreamReader>();
        try
        {
            var sources = paths.Select(path =>
            {
                var reader = new StreamReader(path);
                readers.Add(reader);
                return new BankSource(Path.GetRelativePath(folder, path).Replace('\\', '/'), reader);
            }).ToList();
            return QuestionBankLoader.Load(sources, ScenarioCatalog.Default);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new QuestionBankLoadResult(null, [new BankError(folder, 0, $"cannot read the bank: {exception.Message}")]);
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    /// <summary>Loads the concept notes in <c>concepts/*.md</c>, checking their skills against the graph when one is given.</summary>
    public static ConceptLibraryLoadResult LoadConcepts(string folder, SkillGraph? skills)
    {
        var concepts = Path.Combine(folder, "concepts");
        if (!Directory.Exists(concepts))
        {
            return new ConceptLibraryLoadResult(null, [new BankError("concepts/", 0, "the bank has no concepts/ folder of notes.")]);
        }

        var readers = new List<StreamReader>();
        try
        {
            var sources = Directory.EnumerateFiles(concepts, "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path =>
                {
                    var reader = new StreamReader(path);
                    readers.Add(reader);
                    return new BankSource(Path.GetRelativePath(folder, path).Replace('\\', '/'), reader);
                })
                .ToList();
            return ConceptLibraryLoader.Load(sources, skills);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ConceptLibraryLoadResult(null, [new BankError(concepts, 0, $"cannot read the concept notes: {exception.Message}")]);
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
