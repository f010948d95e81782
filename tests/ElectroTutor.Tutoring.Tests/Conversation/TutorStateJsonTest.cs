using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TutorStateJsonTest
{
    [Fact]
    public void A_conversation_survives_saving_and_loading_with_its_skills_from_the_stored_skill_states()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say(chat.RightAnswer());
        var saved = new SavedConversation(chat.State, []).After(chat.Last, "act-1");

        var read = TutorStateJson.TryRead(TutorStateJson.Write(saved), chat.Last.SkillStates, out var problem, out var newer);
        Assert.Null(problem);
        Assert.False(newer);
        Assert.NotNull(read);
        Assert.Equal(chat.State.Question, read.State.Question);
        Assert.Equal(chat.State.Skills, read.State.Skills);
        Assert.Equal(chat.State.CorrectCounts, read.State.CorrectCounts);
        Assert.Equal(chat.State.Streak, read.State.Streak);
        Assert.Equal(chat.State.RecentTemplates, read.State.RecentTemplates);
        var answered = read.Answered("act-1");
        Assert.NotNull(answered);
        Assert.Equal(chat.Last.Replies.Count, answered.Replies.Count);
        Assert.IsType<FeedbackReply>(answered.Replies[0]);
    }

    [Fact]
    public void Skills_correct_counts_and_the_progress_computed_from_them_are_left_out_of_the_saved_json()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say(chat.RightAnswer());
        Assert.NotEmpty(chat.State.Skills);

        var state = JsonNode.Parse(TutorStateJson.Write(new SavedConversation(chat.State, [])))!["state"]!.AsObject();
        Assert.False(state.ContainsKey("skills"));
        Assert.False(state.ContainsKey("correctCounts"));
        Assert.False(state.ContainsKey("progress"));
        Assert.Equal(TutorState.CurrentFormat, (int)state["format"]!);
        Assert.Empty(TutorStateJson.TryRead(state.Root.ToJsonString(), [], out _, out _)!.State.Skills);
    }

    [Fact]
    public void Symbols_are_stored_as_themselves_and_read_back_unchanged()
    {
        const string Text = "[K⁺]o rises to 10 mM: about −76 mV, 5 µs — \"quoted\" <b>";
        var saved = SavedConversation.Empty.After(new TurnOutcome(TutorState.New with { Name = "Zoë" }, [new TextReply(Text)]), "act-1");

        var json = TutorStateJson.Write(saved);
        Assert.Contains("K⁺", json, StringComparison.Ordinal);
        Assert.Contains("µs", json, StringComparison.Ordinal);
        var read = TutorStateJson.TryRead(json, [], out _, out _)!;
        Assert.Equal(Text, read.Answered("act-1")!.Replies.Single().ToMarkdown());
        Assert.Equal("Zoë", read.State.Name);
    }

    [Fact]
    public void State_saved_in_format_2_keeps_the_skills_it_carries()
    {
        const string Format2 = """
            {"state":{"format":2,"stage":"ready","skills":{"nernst-equilibrium":{"mastery":0.61,"attempts":3}},
             "correctCounts":{"nernst-equilibrium":2},"learnerAbility":0.4},"recentTurns":[]}
            """;
        SkillStateRecord[] stored = [new(1, "nernst-equilibrium", 0.5, 2, 1, null, null)];

        var read = TutorStateJson.TryRead(Format2, stored, out var problem, out _);
        Assert.True(read is not null, problem);
        Assert.Equal(0.61, read.State.Skills["nernst-equilibrium"].Mastery);
        Assert.Equal(2, read.State.CorrectCounts["nernst-equilibrium"]);
        Assert.Equal(0.4, read.State.LearnerAbility);
        Assert.Equal(TutorState.CurrentFormat, read.State.Format);
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
        Assert.Equal(TutorState.CurrentFormat, read.State.Format);
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
    public void Only_the_latest_answered_turns_are_kept_and_only_the_newest_with_their_replies()
    {
        var saved = SavedConversation.Empty;
        for (var i = 0; i < SavedConversation.TurnsKept + 5; i++)
        {
            saved = saved.After(new TurnOutcome(TutorState.New, [new TextReply($"reply {i}")]), $"act-{i}");
        }

        saved = TutorStateJson.TryRead(TutorStateJson.Write(saved), [], out _, out _)!;
        Assert.Equal(SavedConversation.RepliesKept, saved.RecentTurns.Count);
        Assert.Equal(SavedConversation.TurnsKept - SavedConversation.RepliesKept, saved.OlderActivityIds.Count);
        Assert.Null(saved.Answered("act-4"));
        var oldest = saved.Answered("act-5");
        Assert.True(oldest is { RepliesForgotten: true, Replies.Count: 0 });
        var newest = saved.Answered($"act-{SavedConversation.TurnsKept + 4}");
        Assert.True(newest is { RepliesForgotten: false });
        Assert.Equal($"reply {SavedConversation.TurnsKept + 4}", newest.Replies.Single().ToMarkdown());
        Assert.All(saved.RecentTurns, t => Assert.False(t.RepliesForgotten));
    }

    [Fact]
    public void Older_turns_are_written_as_bare_activity_ids()
    {
        var saved = SavedConversation.Empty;
        for (var i = 0; i < SavedConversation.TurnsKept; i++)
        {
            saved = saved.After(new TurnOutcome(TutorState.New, [new TextReply($"reply {i}")]) { Suggestions = ["progress"] }, $"act-{i}");
        }

        var json = JsonNode.Parse(TutorStateJson.Write(saved))!;
        Assert.Equal(
            Enumerable.Range(0, SavedConversation.TurnsKept - SavedConversation.RepliesKept).Select(i => $"act-{i}"),
            json["olderActivityIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal(SavedConversation.RepliesKept, json["recentTurns"]!.AsArray().Count);
        Assert.DoesNotContain("reply 0", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void State_that_kept_older_turns_among_the_recent_ones_is_read_with_them_as_ids()
    {
        // How format 3 stored older turns before they became bare ids: in the list, with their replies forgotten.
        const string Stored = """
            {"state":{"format":3},"recentTurns":[
              {"activityId":"act-1","replies":[],"suggestions":[],"repliesForgotten":true},
              {"activityId":"act-2","replies":[],"suggestions":[],"repliesForgotten":true},
              {"activityId":"act-3","replies":[{"type":"text","markdown":"reply 3"}],"suggestions":["progress"]}]}
            """;

        var saved = TutorStateJson.TryRead(Stored, [], out var problem, out _);

        Assert.True(saved is not null, problem);
        Assert.Equal(["act-1", "act-2"], saved.OlderActivityIds);
        Assert.Equal("act-3", Assert.Single(saved.RecentTurns).ActivityId);
        Assert.True(saved.Answered("act-1") is { RepliesForgotten: true });
        Assert.Equal("reply 3", saved.Answered("act-3")!.Replies.Single().ToMarkdown());
        Assert.Null(saved.Answered("act-4"));
    }
}
