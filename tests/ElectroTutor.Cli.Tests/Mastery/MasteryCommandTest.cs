using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ElectroTutor.Cli.Tests.Mastery;

public sealed class MasteryCommandTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("electrotutor-mastery-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A tiny Gervet-format dataset: learners who improve on skill 1, and item 11 tagged with skills 1 and 2.</summary>
    private void WriteGervet()
    {
        File.WriteAllText(Path.Combine(folder, "q_mat_item_skill.csv"), "item_id,skill_id\n10,1\n11,1\n11,2\n12,2\n");
        File.WriteAllText(Path.Combine(folder, "preprocessed_data_train.csv"), Attempts(0, 40));
        File.WriteAllText(Path.Combine(folder, "preprocessed_data_test.csv"), Attempts(40, 10));
    }

    private static string Attempts(int firstLearner, int learners)
    {
        var text = new StringBuilder("user_id\titem_id\ttimestamp\tcorrect\tskill_id\n");
        for (var learner = firstLearner; learner < firstLearner + learners; learner++)
        {
            for (var t = 0; t < 8; t++)
            {
                var correct = t >= learner % 5 ? 1 : 0;
                text.Append(CultureInfo.InvariantCulture, $"{learner}\t{10 + (t % 3)}\t0\t{correct}\t0\n");
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Evaluate_on_a_Gervet_folder_prints_the_metrics_as_JSON()
    {
        WriteGervet();
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("gervet", root.GetProperty("format").GetString());
        Assert.Equal(80, root.GetProperty("testAttempts").GetInt32());
        Assert.Equal(2, root.GetProperty("skills").GetInt32());
        Assert.InRange(root.GetProperty("auc").GetDouble(), 0.75, 1);
        Assert.InRange(root.GetProperty("calibrationError").GetDouble(), 0, 1);
        Assert.True(root.GetProperty("logLoss").GetDouble() > 0);
        foreach (var (score, interval) in new[] { ("auc", "aucCi95"), ("rmse", "rmseCi95"), ("logLoss", "logLossCi95"), ("calibrationError", "calibrationErrorCi95") })
        {
            var bounds = root.GetProperty(interval).EnumerateArray().Select(b => b.GetDouble()).ToArray();
            Assert.Equal(2, bounds.Length);
            Assert.InRange(root.GetProperty(score).GetDouble(), bounds[0] - 0.02, bounds[1] + 0.02);
            Assert.True(bounds[0] <= bounds[1]);
        }

        Assert.Equal(200, root.GetProperty("bootstrap").GetProperty("resamples").GetInt32());
        Assert.InRange(root.GetProperty("perSkillAuc").GetDouble(), 0.5, 1);
    }

    [Fact]
    public void Evaluate_uses_the_full_product_model_by_default_and_names_the_chosen_settings()
    {
        WriteGervet();
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("bkt+forgetting+item-difficulty+learner-ability", json.RootElement.GetProperty("model").GetString());
        Assert.True(json.RootElement.GetProperty("itemPriorStrength").GetDouble() > 0);
        Assert.InRange(json.RootElement.GetProperty("learnerRate").GetDouble(), 0, 0.2);
    }

    [Fact]
    public void Evaluate_ablations_switch_terms_off()
    {
        WriteGervet();
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder, "--json", "--no-item-difficulty", "--no-learner-ability", "--no-forgetting");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("bkt", json.RootElement.GetProperty("model").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("learnerRate").GetDouble());
    }

    [Fact]
    public void Evaluate_is_deterministic_for_a_seed_and_can_skip_the_bootstrap()
    {
        WriteGervet();
        string[] args = ["mastery", "evaluate", "--dataset", folder, "--json", "--bootstrap", "50", "--seed", "9"];
        using var first = JsonDocument.Parse(CliRun.Of(args).Output);
        using var second = JsonDocument.Parse(CliRun.Of(args).Output);
        Assert.Equal(first.RootElement.GetProperty("aucCi95").ToString(), second.RootElement.GetProperty("aucCi95").ToString());
        Assert.Equal(9, first.RootElement.GetProperty("bootstrap").GetProperty("seed").GetInt64());

        using var none = JsonDocument.Parse(CliRun.Of("mastery", "evaluate", "--dataset", folder, "--json", "--bootstrap", "0").Output);
        Assert.False(none.RootElement.TryGetProperty("aucCi95", out _));
        Assert.Equal(1, CliRun.Of("mastery", "evaluate", "--dataset", folder, "--bootstrap", "-1").ExitCode);
    }

    [Fact]
    public void Evaluate_reads_the_three_line_format_and_prints_for_people()
    {
        File.WriteAllText(Path.Combine(folder, "tiny_train.csv"), "4\n1,1,1,1,\n0,1,1,1,\n3\n1,1,1\n0,0,1\n4\n1,1,1,1\n1,1,1,1\n");
        File.WriteAllText(Path.Combine(folder, "tiny_test.csv"), "3\n1,1,1\n0,1,1\n");
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("(3-line)", run.Output, StringComparison.Ordinal);
        Assert.Contains("AUC ", run.Output, StringComparison.Ordinal);
        Assert.Contains("bootstrap over test learners, B = 200", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_prints_the_parameters_per_skill()
    {
        WriteGervet();
        var run = CliRun.Of("mastery", "fit", "--dataset", folder, "--json", "--no-forgetting");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var skills = json.RootElement.GetProperty("skills").EnumerateArray().ToArray();
        Assert.Equal(["1", "2"], skills.Select(s => s.GetProperty("skill").GetString()));
        Assert.All(skills, s => Assert.Equal(0, s.GetProperty("pForget").GetDouble()));
        Assert.All(skills, s => Assert.InRange(s.GetProperty("pSlip").GetDouble(), 0, 0.3));
    }

    [Fact]
    public void A_malformed_row_exits_1_naming_file_and_line()
    {
        WriteGervet();
        File.AppendAllText(Path.Combine(folder, "preprocessed_data_test.csv"), "99\t10\t0\tmaybe\t0\n");
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("preprocessed_data_test.csv:82: correct must be 0 or 1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_unknown_format_exits_1()
    {
        var run = CliRun.Of("mastery", "evaluate", "--dataset", folder);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot tell the format", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Of("mastery", "evaluate", "--dataset", Path.Combine(folder, "missing")).ExitCode);
    }
}
