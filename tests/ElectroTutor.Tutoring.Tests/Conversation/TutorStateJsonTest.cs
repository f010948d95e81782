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
