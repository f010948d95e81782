using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Server.Tutor;
using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Server.Tests.Tutor;

public sealed class InboundTurnTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot" };
    private static readonly ChannelAccount Student = new() { Id = "29:abc", AadObjectId = "aad-123", Name = "Ada" };

    [Fact]
    public void A_Teams_learner_is_known_by_their_Entra_object_id()
    {
        var turn = InboundTurn.From(new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", From = Student, Recipient = Bot, Text = "hi" });
        Assert.Equal("msteams", turn!.Learner.ChannelId);
        Assert.Equal("aad-123", turn.Learner.UserId);
        Assert.Equal("Ada", turn.DisplayName);
        Assert.Equal(TutorInputKind.Text, turn.Input.Kind);
    }

    [Fact]
    public void The_bot_joining_a_personal_chat_greets_the_user_who_installed_it()
    {
        var turn = InboundTurn.From(new Activity { Type = ActivityTypes.ConversationUpdate, ChannelId = "msteams", From = Student, Recipient = Bot, MembersAdded = [Bot] });
        Assert.Equal(TutorInputKind.MemberJoined, turn!.Input.Kind);
        Assert.Equal("aad-123", turn.Learner.UserId);
    }

    [Fact]
    public void A_learner_added_to_the_conversation_is_greeted()
    {
        var turn = InboundTurn.From(new Activity { Type = ActivityTypes.ConversationUpdate, ChannelId = "directline", From = new ChannelAccount { Id = "dl_x" }, Recipient = Bot, MembersAdded = [Bot, new ChannelAccount { Id = "dl_x" }] });
        Assert.Equal("dl_x", turn!.Learner.UserId);
    }

    [Fact]
    public void Typing_events_and_anonymous_activities_carry_no_turn()
    {
        Assert.Null(InboundTurn.From(new Activity { Type = ActivityTypes.Typing, ChannelId = "msteams", From = Student, Recipient = Bot }));
        Assert.Null(InboundTurn.From(new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", Recipient = Bot, Text = "hi" }));
        Assert.Null(InboundTurn.From(new Activity { Type = ActivityTypes.ConversationUpdate, ChannelId = "msteams", From = Bot, Recipient = Bot, MembersAdded = [Bot] }));
    }
}
