using System.Text.Json;

namespace ElectroTutor.Cli.Tests.Sim;

public class ModelCommandTest
{
    [Fact]
    public void Nernst_for_people_prints_the_value_with_its_unit()
    {
        var run = CliRun.Of("sim", "nernst", "--ion", "K", "--out", "5", "--in", "140", "--temp", "37");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("equilibriumPotentialMv  \u221289.06 mV", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_full_precision_and_the_inputs_as_numbers()
    {
        var run = CliRun.Of("sim", "nernst", "--outsideMm", "5", "--insideMm", "140", "--json");
        using var json = JsonDocument.Parse(run.Output);
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal(-89.0587, result.GetProperty("value").GetDouble(), 4);
        Assert.Equal("mV", result.GetProperty("unit").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("inputs").GetProperty("outsideMm").GetDouble());
    }

    [Theory]
    [InlineData("--ion", "Xe", "must be one of")]
    [InlineData("--temp", "-300", "must be between")]
    [InlineData("--temp", "warm", "must be a number")]
    public void Bad_values_give_one_clear_line_and_exit_1(string option, string value, string expected)
    {
        var run = CliRun.Of("sim", "nernst", "--in", "140", "--out", "5", option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Missing_required_input_is_named()
    {
        var run = CliRun.Of("sim", "nernst", "--out", "5");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs input 'insideMm'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var run = CliRun.Of("sim", "nernst", "--outside", "5");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--outside", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_quantity_is_an_error_that_lists_the_quantities()
    {
        var run = CliRun.Of("sim", "nernst", "--out", "5", "--in", "140", "--quantity", "voltage");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("equilibriumPotentialMv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_quantities_reports_those_needing_more_inputs_beside_the_computed_ones()
    {
        var run = CliRun.Of("sim", "contraction", "--pulses", "2", "--freq", "50", "--quantity", "all", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("quantity").GetString() == "peakForceFraction" && r.GetProperty("value").GetDouble() > 0);
        Assert.Contains(results, r => r.GetProperty("quantity").GetString() == "calciumForForceUm" && r.GetProperty("error").GetString()!.Contains("forceFraction", StringComparison.Ordinal));
    }

    [Fact]
    public void Scenario_errors_read_as_sentences_without_developer_suffixes()
    {
        var run = CliRun.Of("sim", "contraction", "--quantity", "calciumForForceUm", "--force", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("Parameter '", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", run.Error, StringComparison.Ordinal);
    }
}
