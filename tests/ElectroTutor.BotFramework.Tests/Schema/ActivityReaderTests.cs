using System.Text;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public class ActivityReaderTests
{
    [Fact]
    public void A_minimal_activity_is_read()
    {
        var result = Read("""{"type":"message","text":"hi"}""");

        Assert.True(result.Succeeded);
        Assert.Equal(ActivityReadError.None, result.Error);
        Assert.Equal("hi", result.Activity.Text);
        Assert.Null(result.Message);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_accepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"type":"typing"}""")];

        var result = ActivityReader.Read(body);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ActivityTypes.Typing, result.Activity.Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void An_empty_body_is_reported(string body) =>
        AssertFails(Read(body), ActivityReadError.Empty, "empty");

    [Fact]
    public void Invalid_utf8_is_reported()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("""{"type":"message","text":" """), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        AssertFails(ActivityReader.Read(body), ActivityReadError.InvalidUtf8, "UTF-8");
    }

    [Theory]
    [InlineData("""{"type":"message",""")]
    [InlineData("""{"type":"message",}""")]
    [InlineData("""{"type":"message" "text":"x"}""")]
    [InlineData("""{"type":'message'}""")]
    [InlineData("""{"type":"message"} // comment""")]
    [InlineData("""{"type":"message"}{"type":"message"}""")]
    [InlineData("""{type:"message"}""")]
    public void Malformed_json_is_reported_with_its_position(string body) =>
        AssertFails(Read(body), ActivityReadError.MalformedJson, "line 1, byte");

    [Fact]
    public void The_position_of_a_syntax_error_counts_lines_from_one()
    {
        var result = Read("{\n  \"type\": \"message\",\n  \"text\": tru\n}");

        AssertFails(result, ActivityReadError.MalformedJson, "line 3");
    }

    [Theory]
    [InlineData("""[{"type":"message"}]""")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void A_top_level_that_is_not_an_object_is_reported(string body) =>
        AssertFails(Read(body), ActivityReadError.NotAnObject, "JSON object");

    [Theory]
    [InlineData("""{"type":"message","text":42}""", "$.text")]
    [InlineData("""{"type":"message","from":"student-1"}""", "$.from")]
    [InlineData("""{"type":"message","conversation":{"id":"c","isGroup":"yes"}}""", "$.conversation.isGroup")]
    [InlineData("""{"type":"message","attachments":{"contentType":"image/png"}}""", "$.attachments")]
    [InlineData("""{"type":"message","entities":{"type":"mention"}}""", "$.entities")]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""", "$.timestamp")]
    [InlineData("""{"type":"message","timestamp":1763744283}""", "$.timestamp")]
    [InlineData("""{"type":"message","membersAdded":[{"id":1}]}""", "$.membersAdded[0].id")]
    [InlineData("""{"type":["message"]}""", "$.type")]
    public void A_field_of_the_wrong_type_is_named(string body, string path) =>
        AssertFails(Read(body), ActivityReadError.WrongFieldType, $"'{path}'");

    [Theory]
    [InlineData("""{"text":"hi"}""")]
    [InlineData("""{"type":"","text":"hi"}""")]
    [InlineData("""{"type":null,"text":"hi"}""")]
    public void An_activity_without_a_type_is_reported(string body) =>
        AssertFails(Read(body), ActivityReadError.MissingType, "'type'");

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        // The activity object is level 1, so the value may add MaxDepth - 1 levels.
        var result = Read(NestedValue(BotJsonContext.MaxDepth - 1));

        Assert.True(result.Succeeded, result.Message);
    }

    [Theory]
    [InlineData(BotJsonContext.MaxDepth)]
    [InlineData(100_000)]
    public void Nesting_beyond_the_limit_is_reported(int valueDepth) =>
        AssertFails(Read(NestedValue(valueDepth)), ActivityReadError.TooDeep, "64 levels");

    [Fact]
    public void Fields_of_other_json_kinds_are_accepted_where_the_schema_keeps_raw_json()
    {
        var result = Read("""{"type":"event","name":"webchat/join","value":"text","channelData":[1,2]}""");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("text", result.Activity.Value?.GetValue<string>());
    }

    private static string NestedValue(int depth) =>
        """{"type":"message","value":""" + new string('[', depth) + new string(']', depth) + "}";

    private static ActivityReadResult Read(string body) => ActivityReader.Read(Encoding.UTF8.GetBytes(body));

    private static void AssertFails(ActivityReadResult result, ActivityReadError error, string messagePart)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Activity);
        Assert.Equal(error, result.Error);
        Assert.Contains(messagePart, result.Message, StringComparison.Ordinal);
    }
}
