using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

/// <summary>A class summary port that knows one instructor identity and their classes, and records who asked.</summary>
internal sealed class FakeClassSummaries(LearnerKey instructor, params ClassSummary[] classes) : IClassSummaryPort
{
    public List<(LearnerKey Asker, string Code)> Asked { get; } = [];

    public Task<ClassSummary?> SummarizeForInstructorAsync(LearnerKey asker, string joinCode, CancellationToken cancellationToken = default)
    {
        Asked.Add((asker, joinCode));
        return Task.FromResult(asker == instructor ? classes.FirstOrDefault(c => string.Equals(c.JoinCode, joinCode, StringComparison.OrdinalIgnoreCase)) : null);
    }
}
