using System.Text.Json;

namespace ElectroTutor.Cli.Tests.Sim;

public class WhatIfCommandTest
{
    [Fact]
    public void Prints_the_title_table_and_text_chart()
    {
        var run = CliRun.Of("sim", "whatif", "TTX");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("What if TTX 100 %?", run.Output, StringComparison.Ordinal);
        Assert.Contains("Fires an action potential", run.Output, StringComparison.Ordinal);
        Assert.Contains("Time (ms)", run.Output, StringComparison.Ordinal);
        Assert.Contains("▲ peak", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_may_be_given_without_quotes()
    {
        var run = CliRun.Of("sim", "whatif", "K", "out", "10");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[K⁺]o 10 mM", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_svg_and_png_when_asked()
    {
        var folder = Directory.CreateTempSubdirectory("whatif-");
        try
        {
            var svg = Path.Combine(folder.FullName, "chart.svg");
            var png = Path.Combine(folder.FullName, "chart.png");
            var run = CliRun.Of("sim", "whatif", "tetanus 50 Hz", "--svg", svg, "--png", png);

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
            Assert.Equal(0x89, File.ReadAllBytes(png)[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Json_has_the_quantities_and_series()
    {
        var run = CliRun.Of("sim", "whatif", "stimulus 20 uA", "--json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Membrane", json.RootElement.GetProperty("experiment").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("series").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("name").GetString() == "Fires an action potential");
    }

    [Fact]
    public void Nothing_lists_the_choices()
    {
        var run = CliRun.Of("sim", "whatif");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("simulate tetanus 50 Hz", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nonsense_gives_a_calm_error_and_exit_1()
    {
        var run = CliRun.Of("sim", "whatif", "temperature 200");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("between 0 and 40 °C", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Pump_off_has_no_chart_file_and_says_so()
    {
        var png = Path.Combine(Path.GetTempPath(), $"whatif-{Guid.NewGuid():N}.png");
        var run = CliRun.Of("sim", "whatif", "pump off", "--png", png);
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(png));
        Assert.Contains("no chart file", run.Error, StringComparison.Ordinal);
    }
}
