using ElectroTutor.Cli.Mastery;

namespace ElectroTutor.Cli.Tests.Mastery;

public class ReadersTest
{
    private static readonly Dictionary<string, List<string>> Skills = new(StringComparer.Ordinal)
    {
        ["10"] = ["1"],
        ["11"] = ["1", "2"],
    };

    [Fact]
    public void Gervet_rows_group_by_learner_in_order_with_skills_from_the_Q_matrix()
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader("user_id\titem_id\ttimestamp\tcorrect\tskill_id\n7\t10\t0\t1\t5\n8\t11\t0\t0\t6\n7\t11\t0\t0\t6\n");
        var learners = GervetReader.Read(text, "train.csv", Skills, problems);
        Assert.Empty(problems);
        Assert.Equal(["7", "8"], learners.Select(l => l.LearnerId));
        Assert.Equal([true, false], learners[0].Attempts.Select(a => a.Correct));
        Assert.Equal(["1", "2"], learners[0].Attempts[1].SkillIds);
    }

    [Fact]
    public void Malformed_Gervet_rows_are_reported_by_file_and_line_and_skipped()
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader("user_id\titem_id\ttimestamp\tcorrect\tskill_id\n7\t10\t0\t2\t5\n7\t10\t0\n7\t99\t0\t1\t5\n7\t10\t0\t1\t5\n");
        var learners = GervetReader.Read(text, "train.csv", Skills, problems);
        Assert.Equal(3, problems.Count);
        Assert.Equal("train.csv:2: correct must be 0 or 1, found '2'.", problems[0].ToString());
        Assert.StartsWith("train.csv:3: expected 5 tab-separated fields", problems[1].ToString(), StringComparison.Ordinal);
        Assert.Equal("train.csv:4: item 99 has no skill in the Q-matrix.", problems[2].ToString());
        Assert.Single(learners.Single().Attempts);
    }

    [Fact]
    public void Q_matrix_pairs_collect_several_skills_per_item_and_bad_lines_are_named()
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader("item_id,skill_id\n0,3\n0,4\n1;2\n");
        var skills = QMatrixReader.Read(text, "q.csv", problems);
        Assert.Equal(["3", "4"], skills["0"]);
        Assert.StartsWith("q.csv:4:", problems.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_line_sequences_allow_trailing_commas()
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader("3\n5,5,6,\n1,0,1,\n1\n7\n0\n");
        var learners = ThreeLineReader.Read(text, "t.csv", problems);
        Assert.Empty(problems);
        Assert.Equal(2, learners.Count);
        Assert.Equal(["5", "5", "6"], learners[0].Attempts.Select(a => a.SkillIds.Single()));
        Assert.Equal([true, false, true], learners[0].Attempts.Select(a => a.Correct));
    }

    [Theory]
    [InlineData("x\n1\n1\n", "t.csv:1: expected the number of attempts")]
    [InlineData("2\n1\n1,0\n", "t.csv:2: expected 2 skill ids")]
    [InlineData("2\n1,1\n1\n", "t.csv:3: expected 2 outcomes")]
    [InlineData("1\n1\nyes\n", "t.csv:3: outcomes must be 0 or 1")]
    [InlineData("1\n1,2,3\n0\n", "t.csv:2:")]
    public void Malformed_three_line_sequences_are_reported_and_skipped(string content, string expected)
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader(content + "1\n4\n1\n");
        var learners = ThreeLineReader.Read(text, "t.csv", problems);
        Assert.StartsWith(expected, problems.Single().ToString(), StringComparison.Ordinal);
        Assert.True(learners.Count <= 1);
    }

    [Fact]
    public void A_sequence_cut_short_by_the_end_of_the_file_is_reported()
    {
        var problems = new List<DatasetProblem>();
        using var text = new StringReader("1\n4\n1\n2\n1,2\n");
        Assert.Single(ThreeLineReader.Read(text, "t.csv", problems));
        Assert.StartsWith("t.csv:4: the file ends", problems.Single().ToString(), StringComparison.Ordinal);
    }
}
