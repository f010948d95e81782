using ElectroTutor.Data.Reports;
using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class HeatmapSortTests
{
    private static readonly SkillSummary[] Skills = [new("s1", "Resting potential", 2, 0.5, 0, 1, 0)];

    private static readonly StudentProgress[] Students =
    [
        Student(1, "Ada", 0.9),
        Student(2, "bob", 0.2),
        Student(3, "Cy", null),
        Student(4, "Abe", 0.2),
    ];

    [Fact]
    public void By_name_keeps_the_reports_order()
    {
        var sort = HeatmapSort.Parse(null, Skills, out _)!;

        Assert.Equal(HeatmapSort.ByName, sort);
        Assert.Equal("name", sort.Value);
        Assert.Equal([1L, 2, 3, 4], sort.Apply(Students).Select(s => s.LearnerId));
    }

    [Fact]
    public void By_skill_puts_the_lowest_mastery_first_and_not_started_last()
    {
        var sort = HeatmapSort.Parse("skill:s1", Skills, out _)!;

        Assert.Equal("skill:s1", sort.Value);
        Assert.Equal([4L, 2, 1, 3], sort.Apply(Students).Select(s => s.LearnerId));
    }

    [Theory]
    [InlineData("skill:s9")]
    [InlineData("mastery")]
    public void An_unknown_order_is_refused(string text)
    {
        Assert.Null(HeatmapSort.Parse(text, Skills, out var problem));
        Assert.Contains("Unknown sort order", problem, StringComparison.Ordinal);
    }

    private static StudentProgress Student(long id, string name, double? mastery) => new(
        id, name, 0, 0, null, mastery, 0,
        mastery is { } m ? new Dictionary<string, double>(StringComparer.Ordinal) { ["s1"] = m } : new Dictionary<string, double>(StringComparer.Ordinal));
}
