using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The overview heatmap's row order, chosen by link: <c>sort=name</c> (default) or <c>sort=skill:ID</c>, lowest mastery
/// of that skill first (students who have not started it last), ties by name.
/// </summary>
/// <param name="SkillId">The skill to sort by, or null to sort by name.</param>
internal sealed record HeatmapSort(string? SkillId)
{
    private const string SkillPrefix = "skill:";

    /// <summary>By student name.</summary>
    public static HeatmapSort ByName { get; } = new((string?)null);

    /// <summary>The value of the <c>sort</c> parameter.</summary>
    public string Value => SkillId is null ? "name" : SkillPrefix + SkillId;

    /// <summary>Reads <c>sort</c>; null with <paramref name="problem"/> set for an unknown order or skill.</summary>
    public static HeatmapSort? Parse(string? text, IReadOnlyList<SkillSummary> skills, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(skills);
        problem = null;
        if (string.IsNullOrEmpty(text) || text == "name")
        {
            return ByName;
        }

        if (text.StartsWith(SkillPrefix, StringComparison.Ordinal) && skills.Any(s => s.SkillId == text[SkillPrefix.Length..]))
        {
            return new HeatmapSort(text[SkillPrefix.Length..]);
        }

        problem = $"Unknown sort order '{text}': use sort=name or sort=skill:SKILL-ID with a skill of this report.";
        return null;
    }

    /// <summary>The students in this order.</summary>
    public IReadOnlyList<StudentProgress> Apply(IReadOnlyList<StudentProgress> students)
    {
        ArgumentNullException.ThrowIfNull(students);
        if (SkillId is not { } skill)
        {
            return students;
        }

        return [.. students
            .OrderBy(s => s.MasteryBySkill.ContainsKey(skill) ? 0 : 1)
            .ThenBy(s => s.MasteryBySkill.GetValueOrDefault(skill))
            .ThenBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.LearnerId)];
    }
}
