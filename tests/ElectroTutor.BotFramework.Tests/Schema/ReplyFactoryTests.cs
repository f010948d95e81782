using System.Text;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public class ReplyFactoryTests
{
    [Fact]
    public void A_reply_goes_back_into_the_conversation_from_the_bot_to_the_sender()
    {
        var inbound = Read(ActivitySamples.TeamsChannelMessage);

        var reply = inbound.CreateReply("E_K ≈ −90 mV");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("E_K ≈ −90 mV", reply.Text);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Same(inbound.Conversation, reply.Conversation);
        Assert.Equal(inbound.Recipient, reply.From);
        Assert.Equal(inbound.From, reply.Recipient);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("1763744283941", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.ServiceUrl);
        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void Fields_the_bot_set_are_kept()
    {
        var inbound = Read(ActivitySamples.WebChatMessage);
        var outgoing = new Activity { Type = ActivityTypes.Typing, Locale = "de-DE", ReplyToId = "other" };

        var reply = inbound.AddressReply(outgoing);

        Assert.Equal(ActivityTypes.Typing, reply.Type);
        Assert.Equal("de-DE", reply.Locale);
        Assert.Equal("other", reply.ReplyToId);
        Assert.Equal("student-1", reply.Recipient?.Id);
    }

    [Fact]
    public void An_activity_without_a_type_becomes_a_message()
    {
        var reply = Read(ActivitySamples.WebChatMessage).AddressReply(new Activity { Text = "ok" });

        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    [InlineData("msteams", "update-1")]
    [InlineData("emulator", "update-1")]
    public void Replies_to_a_conversation_update_point_back_to_it_except_on_direct_line_and_web_chat(string channelId, string? expected)
    {
        var inbound = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "update-1", ChannelId = channelId };

        Assert.Equal(expected, ReplyFactory.ReplyToIdFor(inbound));
        Assert.Equal(expected, inbound.CreateReply("Welcome").ReplyToId);
    }

    [Fact]
    public void Replies_to_messages_on_direct_line_point_back_to_them()
    {
        var inbound = Read(ActivitySamples.WebChatMessage);

        Assert.Equal("KfbhVBWsxaxAz2gg3JNOJb-us|0000001", ReplyFactory.ReplyToIdFor(inbound));
    }

    private static Activity Read(string payload)
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(payload));
        Assert.True(result.Succeeded, result.Message);
        return result.Activity;
    }
}
