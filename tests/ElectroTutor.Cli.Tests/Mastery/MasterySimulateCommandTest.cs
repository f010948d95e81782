using System.Text.Json;

namespace ElectroTutor.Cli.Tests.Mastery;

public class MasterySimulateCommandTest
{
    [Fact]
    public void Simulate_on_the_real_bank_prints_the_three_strategies_as_JSON_and_repeats_exactly()
    {
        var run = CliRun.Of("mastery", "simulate", "--learners", "4", "--seed", "3", "--fixed-items", "5", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        var skills = root.GetProperty("skills").GetInt32();
        Assert.True(skills > 10);
        var strategies = root.GetProperty("strategies");
        Assert.Equal(5.0 * skills, strategies.GetProperty("fixedOrder").GetProperty("meanItems").GetDouble());
        foreach (var name in new[] { "adaptive", "fixedOrder", "randomOrder" })
        {
            var strategy = strategies.GetProperty(name);
            Assert.True(strategy.GetProperty("meanItems").GetDouble() > 0);
            Assert.InRange(strategy.GetProperty("falseMastery").GetDouble(), 0, 1);
            Assert.InRange(strategy.GetProperty("underPractice").GetDouble(), 0, 1);
        }

        Assert.Equal(run.Output, CliRun.Of("mastery", "simulate", "--learners", "4", "--seed", "3", "--fixed-items", "5", "--json").Output);
    }

    [Fact]
    public void Simulate_prints_a_table_for_people()
    {
        var run = CliRun.Of("mastery", "simulate", "--learners", "2", "--seed", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Adaptive", run.Output, StringComparison.Ordinal);
        Assert.Contains("false-mastery", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_refuses_zero_learners()
    {
        var run = CliRun.Of("mastery", "simulate", "--learners", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--learners", run.Error, StringComparison.Ordinal);
    }
}
