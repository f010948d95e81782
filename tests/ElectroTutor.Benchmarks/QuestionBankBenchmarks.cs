using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Benchmarks;

/// <summary>What one learner turn costs in the question bank: generating an item and judging an answer.</summary>
[MemoryDiagnoser]
public class QuestionBankBenchmarks
{
    private List<(string Name, string Text)> texts = null!;
    private QuestionBank bank = null!;
    private ItemGenerator generator = null!;
    private ItemChecker checker = null!;
    private Item nernst = null!;
    private long seed;

    [GlobalSetup]
    public void Setup()
    {
        texts = ReadData();
        bank = Load(texts) ?? throw new InvalidOperationException("The bank in data/ does not load; run electrotutor bank validate.");
        generator = new ItemGenerator(ScenarioCatalog.Default);
        checker = new ItemChecker(bank);
        bank.TryGetTemplate("nernst-potassium", out var template);
        nernst = generator.Generate(template, 7).Item!;
    }

    [Benchmark(Baseline = true, Description = "generate a Nernst item (simulator answer + 5 variants)")]
    public Item GenerateNernstItem()
    {
        bank.TryGetTemplate("nernst-potassium", out var template);
        return generator.Generate(template, ++seed).Item!;
    }

    [Benchmark(Description = "judge a mistaken answer (parse, grade, diagnose)")]
    public ItemVerdict CheckMistakenAnswer() => checker.Check(nernst, "about +81.8 millivolts");

    [Benchmark(Description = "load and cross-check the whole bank from text")]
    public int LoadBank() => Load(texts)!.Templates.Count;

    private static QuestionBank? Load(IReadOnlyList<(string Name, string Text)> files) =>
        QuestionBankLoader.Load(files.Select(f => new BankSource(f.Name, new StringReader(f.Text))).ToList(), ScenarioCatalog.Default).Bank;

    // The files are read once, so the load benchmark measures parsing and cross-checking, not the disk.
    private static List<(string Name, string Text)> ReadData()
    {
        var data = BenchmarkData.Folder();
        return Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(data, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }
}
