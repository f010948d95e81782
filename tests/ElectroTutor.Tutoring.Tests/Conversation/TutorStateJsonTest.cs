using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TutorStateJsonTest
{
    [Fact]
    public void A_conversation_survives_saving_and_loading()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say(chat.RightAnswer());
        var saved = new SavedConversation(chat.State, []).After(chat.Last, "act-1");

        var read = TutorStateJson.TryRead(TutorStateJson.Write(saved), out var problem, out var newer);
        Assert.Null(problem);
        Assert.False(newer);
        Assert.NotNull(read);
        Assert.Equal(chat.State.Question, read.State.Question);
        Assert.Equal(chat.State.Skills, read.State.Skills);
        Assert.Equal(chat.State.Streak, read.State.Streak);
        Assert.Equal(chat.State.RecentTemplates, read.State.RecentTemplates);
        var answered = read.Answered("act-1");
        Assert.NotNull(answered);
        Assert.Equal(chat.Last.Replies.Count, answered.Replies.Count);
        Assert.IsType<FeedbackReply>(answered.Replies[0]);
    }

    [Fact]
    public void A_first_try_moves_the_learner_ability_and_it_is_saved()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say(chat.RightAnswer());
        Assert.True(chat.State.LearnerAbility > 0);

        var read = TutorStateJson.TryRead(TutorStateJson.Write(new SavedConversation(chat.State, [])), out _, out _);
        Assert.Equal(chat.State.LearnerAbility, read!.State.LearnerAbility);
        Assert.Equal(2, read.State.Format);
    }

    [Fact]
    public void State_saved_in_format_1_is_read_with_ability_zero_and_upgraded()
    {
        // Written by the version before learner ability existed.
        const string Format1 = """
            {"state":{"format":1,"stage":"ready","name":"Sam","skills":{"nernst-equilibrium":{"mastery":0.61,"attempts":3,"lastPracticedAt":"2026-11-20T10:00:00+00:00"}},
             "correctCounts":{"nernst-equilibrium":2},"recentSkills":["nernst-equilibrium"],"recentTemplates":["nernst-potassium"],
             "streak":{"correctInARow":1,"bestCorrectInARow":2,"daysInARow":1,"lastActiveDay":"2026-11-20"},"classes":[]},"recentTurns":[]}
            """;
        var read = TutorStateJson.TryRead(Format1, out var problem, out var newer);
        Assert.True(read is not null, problem);
        Assert.False(newer);
        Assert.Equal(0, read.State.LearnerAbility);
        Assert.Equal(TutorState.CurrentFormat, read.State.Format);
        Assert.Equal(0.61, read.State.Skills["nernst-equilibrium"].Mastery);
        Assert.Equal(["nernst-potassium"], read.State.RecentTemplates);
        Assert.Equal("Sam", read.State.Name);
    }

    [Fact]
    public void State_from_a_newer_version_is_refused_as_such()
    {
        var json = TutorStateJson.Write(new SavedConversation(TutorState.New with { Format = TutorState.CurrentFormat + 1 }, []));
        Assert.Null(TutorStateJson.TryRead(json, out var problem, out var newer));
        Assert.True(newer);
        Assert.Contains("newer", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"state\":null}")]
    [InlineData("{\"state\":{\"stage\":\"flying\"}}")]
    public void Damaged_state_is_reported(string json)
    {
        Assert.Null(TutorStateJson.TryRead(json, out var problem, out var newer));
        Assert.False(newer);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Only_the_latest_answered_turns_are_kept()
    {
        var saved = SavedConversation.Empty;
        for (var i = 0; i < SavedConversation.TurnsKept + 5; i++)
        {
            saved = saved.After(new TurnOutcome(TutorState.New, [new TextReply($"reply {i}")]), $"act-{i}");
        }

        Assert.Equal(SavedConversation.TurnsKept, saved.RecentTurns.Count);
        Assert.Null(saved.Answered("act-0"));
        Assert.NotNull(saved.Answered($"act-{SavedConversation.TurnsKept + 4}"));
    }
}
