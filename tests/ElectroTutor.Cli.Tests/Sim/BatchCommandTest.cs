using System.Text.Json;

namespace ElectroTutor.Cli.Tests.Sim;

public sealed class BatchCommandTest : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"electrotutor-batch-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private JsonElement RunBatch(string json)
    {
        File.WriteAllText(path, json);
        var run = CliRun.Of("sim", "batch", path);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    [Fact]
    public void Good_and_bad_scenarios_each_get_their_own_answer_in_order()
    {
        var results = RunBatch("""
            [
              {"id": "ek", "model": "nernst", "inputs": {"ion": "K", "outsideMm": 5, "insideMm": 140, "temperatureC": 37}, "quantity": "equilibriumPotentialMv"},
              {"id": 2, "model": "nernst", "inputs": {"outsideMm": 5, "insideMm": 140, "bogusMm": 1}},
              {"id": "no-model", "inputs": {}},
              {"id": "bad-value", "model": "nernst", "inputs": {"outsideMm": true, "insideMm": 140}},
              {"id": "unknown-model", "model": "goldman", "inputs": {}},
              17,
              {"id": "ena", "model": "nernst", "inputs": {"ion": "Na", "outsideMm": 145, "insideMm": 15}}
            ]
            """);
        Assert.Equal(7, results.GetArrayLength());
        Assert.Equal("ek", results[0].GetProperty("id").GetString());
        Assert.Equal(-89.0587, results[0].GetProperty("value").GetDouble(), 4);
        Assert.Equal("mV", results[0].GetProperty("unit").GetString());
        Assert.Equal(2, results[1].GetProperty("id").GetInt32());
        Assert.Contains("bogusMm", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("model name", results[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("number or a text", results[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no model 'goldman'", results[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, results[5].GetProperty("id").ValueKind);
        Assert.Contains("must be an object", results[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(60.63, results[6].GetProperty("value").GetDouble(), 2);
    }

    [Theory]
    [InlineData("{\"id\": 1}", "JSON list")]
    [InlineData("[{\"id\": 1,", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void A_file_that_is_not_a_list_is_rejected_whole_with_exit_1(string content, string expected)
    {
        File.WriteAllText(path, content);
        var run = CliRun.Of("sim", "batch", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var run = CliRun.Of("sim", "batch", path + ".missing");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_entry_fields_are_errors_not_silently_ignored()
    {
        var results = RunBatch("""[{"id": "x", "model": "nernst", "input": {"outsideMm": 5}}]""");
        Assert.Contains("unknown field(s) input", results[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
