using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Benchmarks;

/// <summary>Where the repository's <c>data/</c> folder is, for benchmarks that load the real bank.</summary>
internal static class BenchmarkData
{
    /// <summary>The nearest <c>data/</c> folder (with <c>skills.yaml</c>) above the benchmark binaries.</summary>
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "data", "skills.yaml")))
            {
                return Path.Combine(directory.FullName, "data");
            }
        }

        throw new InvalidOperationException("Cannot find data/skills.yaml above the benchmark binaries.");
    }

    /// <summary>The real question bank and concept notes in <c>data/</c>, as the server loads them.</summary>
    public static (QuestionBank Bank, ConceptLibrary Notes) BankAndNotes()
    {
        var data = Folder();
        var bank = QuestionBankLoader.Load(Sources(data, "*.yaml"), ScenarioCatalog.Default).Bank
            ?? throw new InvalidOperationException("The bank in data/ does not load; run electrotutor bank validate.");
        var notes = ConceptLibraryLoader.Load(Sources(Path.Combine(data, "concepts"), "*.md"), bank.Skills).Library
            ?? throw new InvalidOperationException("The concept notes in data/concepts do not load; run electrotutor bank validate.");
        return (bank, notes);
    }

    /// <summary>The files under <paramref name="folder"/> matching <paramref name="pattern"/>, read once, so a benchmark measures its work, not the disk.</summary>
    public static List<BankSource> Sources(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Select(f => new BankSource(Path.GetRelativePath(folder, f).Replace('\\', '/'), new StringReader(File.ReadAllText(f))))
            .ToList();
}
