using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Tests.Concepts;

/// <summary>The shipped notes and skills from the repository's data/ folder, found by walking up from the test binaries.</summary>
internal static class ShippedConcepts
{
    private static readonly Lazy<(ConceptLibraryLoadResult Result, SkillGraph Skills)> Loaded = new(Load);

    public static SkillGraph Skills => Loaded.Value.Skills;

    public static ConceptLibraryLoadResult Result => Loaded.Value.Result;

    public static ConceptLibrary Library => Result.Library ?? throw new InvalidOperationException(string.Join(Environment.NewLine, Result.Errors));

    private static (ConceptLibraryLoadResult, SkillGraph) Load()
    {
        var data = FindData();
        var skillsText = File.ReadAllText(Path.Combine(data, "skills.yaml"));
        var bank = QuestionBankLoader.Load([new BankSource("skills.yaml", new StringReader(skillsText))], ScenarioCatalog.Default);
        var skills = bank.Bank?.Skills ?? throw new InvalidOperationException(string.Join(Environment.NewLine, bank.Errors));
        var sources = Directory.EnumerateFiles(Path.Combine(data, "concepts"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => new BankSource("concepts/" + Path.GetFileName(path), new StringReader(File.ReadAllText(path))))
            .ToList();
        return (ConceptLibraryLoader.Load(sources, skills), skills);
    }

    private static string FindData()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "skills.yaml")) && Directory.Exists(Path.Combine(candidate, "concepts")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No data/ folder with skills.yaml and concepts/ above " + AppContext.BaseDirectory);
    }
}
