using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

/// <summary>docs/simulation.md is the authors' reference: every model, input and quantity must be in it.</summary>
public class ScenarioDocumentationTest
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "simulation.md"));

    public static TheoryData<string> ModelNames() => new(ScenarioCatalog.Default.Models.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Every_input_and_quantity_of_the_model_is_documented(string modelName)
    {
        var model = ScenarioCatalog.Default.Model(modelName);
        var missing = new[] { model.Name }
            .Concat(model.Inputs.Select(p => p.Name))
            .Concat(model.Quantities.Select(q => q.Name))
            .Where(name => !Documentation.Contains($"`{name}`", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, $"docs/simulation.md does not mention: {string.Join(", ", missing)}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ElectroTutor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find ElectroTutor.sln above the test binaries.");
    }
}
