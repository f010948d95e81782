using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class StoredSkillsTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_skill_states_a_session_stores_rebuild_exactly_the_skills_and_counts_of_its_state(int seed)
    {
        // Saved state no longer carries skills, so every change to them must reach the skill states stored with the turn.
        var random = new Random(seed);
        var chat = new Transcript().Introduced();
        var stored = new Dictionary<string, SkillStateRecord>(StringComparer.Ordinal);
        string[] others = ["hint", "hint", "skip", "solution", "next", "progress", "why", "review", "-999 mV", "B", "reset", "yes", "no"];
        chat.Say("start");
        for (var turn = 0; turn < 250; turn++)
        {
            chat.Now += random.Next(10) == 0 ? TimeSpan.FromDays(random.Next(1, 6)) : TimeSpan.FromMinutes(random.Next(1, 30));
            var text = chat.State.Question is not null && random.NextDouble() < 0.6 ? chat.RightAnswer() : others[random.Next(others.Length)];
            var outcome = chat.Say(text);
            if (outcome.ResetSkillStates)
            {
                stored.Clear();
            }

            foreach (var record in outcome.SkillStates)
            {
                stored[record.SkillId] = record;
            }

            var rebuilt = StoredSkills.Restore(TutorState.New, [.. stored.Values]);
            Assert.Equal(Sorted(chat.State.Skills), Sorted(rebuilt.Skills));
            Assert.Equal(Sorted(chat.State.CorrectCounts), Sorted(rebuilt.CorrectCounts));
        }

        Assert.True(stored.Count >= 3, $"the session practised only {stored.Count} skills");
    }

    [Fact]
    public void A_row_with_a_complete_review_schedule_becomes_a_review_memory()
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var record = new SkillStateRecord(7, "nernst-equilibrium", 0.97, 6, 5, at, at.AddDays(3))
        {
            ReviewStabilityDays = 3,
            LastReviewedAt = at,
            Reviews = 2,
            Lapses = 1,
        };

        Assert.Equal(new LearnerSkillState(0.97, 6, at, new ReviewMemory(3, at, at.AddDays(3), 2, 1)), StoredSkills.ToSkillState(record));
        Assert.Null(StoredSkills.ToSkillState(record with { ReviewStabilityDays = null }).Review);
    }

    [Fact]
    public void Correct_counts_list_only_skills_answered_right_at_least_once()
    {
        var state = StoredSkills.Restore(TutorState.New, [
            new SkillStateRecord(7, "a", 0.4, 2, 0, null, null),
            new SkillStateRecord(7, "b", 0.8, 3, 2, null, null),
        ]);

        Assert.Equal(["a", "b"], state.Skills.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new KeyValuePair<string, int>("b", 2), Assert.Single(state.CorrectCounts));
    }

    private static List<KeyValuePair<string, T>> Sorted<T>(IReadOnlyDictionary<string, T> values) =>
        [.. values.OrderBy(v => v.Key, StringComparer.Ordinal)];
}
