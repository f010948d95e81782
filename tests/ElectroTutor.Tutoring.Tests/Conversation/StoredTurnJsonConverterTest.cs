using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Conversation;

/// <summary>Answered turns are written once each and their text reused (through <see cref="TutorStateJson.Write"/>).</summary>
public sealed class StoredTurnJsonConverterTest
{
    [Fact]
    public void A_conversation_written_again_from_its_remembered_turns_is_the_same_text_as_one_of_fresh_turn_objects()
    {
        var chat = new Transcript().Introduced();
        var saved = SavedConversation.Empty with { State = chat.State };
        chat.Say("start");
        saved = saved.After(chat.Last, "act-1");
        chat.Say(ItemAnswerKey.Wrong(chat.OpenItem()));
        saved = saved.After(chat.Last, "act-2");
        chat.Say(chat.RightAnswer());
        saved = saved.After(chat.Last, "act-3");

        var first = TutorStateJson.Write(saved);
        var again = TutorStateJson.Write(saved);
        var fresh = TutorStateJson.Write(saved with { RecentTurns = [.. saved.RecentTurns.Select(t => t with { })] });

        Assert.Equal(first, again);
        Assert.Equal(first, fresh);
        var turns = JsonNode.Parse(first)!["recentTurns"]!.AsArray();
        Assert.Equal(["act-1", "act-2", "act-3"], turns.Select(t => (string?)t!["activityId"]));
        Assert.Equal("feedback", (string?)turns[2]!["replies"]![0]!["type"]);
    }

    [Fact]
    public void A_turn_copied_with_a_change_is_written_with_the_change()
    {
        var saved = SavedConversation.Empty.After(new TurnOutcome(TutorState.New, [new TextReply("Nernst: 61.5 mV per decade")]) { Suggestions = ["hint"] }, "act-1");
        Assert.Contains("\"hint\"", TutorStateJson.Write(saved), StringComparison.Ordinal);

        var changed = saved with { RecentTurns = [saved.RecentTurns[0] with { Suggestions = ["solution"] }] };
        var json = TutorStateJson.Write(changed);

        Assert.Contains("\"solution\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hint\"", json, StringComparison.Ordinal);
        Assert.Contains("\"hint\"", TutorStateJson.Write(saved), StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_written_from_memory_read_back_to_the_same_replies()
    {
        var saved = SavedConversation.Empty;
        for (var i = 0; i < 5; i++)
        {
            saved = saved.After(new TurnOutcome(TutorState.New, [new TextReply($"[K⁺]o step {i}: −{i} mV")]) { Suggestions = ["progress"] }, $"act-{i}");
            TutorStateJson.Write(saved);
        }

        var read = TutorStateJson.TryRead(TutorStateJson.Write(saved), [], out var problem, out _);

        Assert.Null(problem);
        Assert.Equal(["act-2", "act-3", "act-4"], read!.RecentTurns.Select(t => t.ActivityId));
        Assert.Equal("[K⁺]o step 4: −4 mV", read.RecentTurns[^1].Replies.Single().ToMarkdown());
        Assert.Equal(["act-0", "act-1"], read.OlderActivityIds);
    }
}
