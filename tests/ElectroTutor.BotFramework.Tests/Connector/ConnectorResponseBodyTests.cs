using System.Net;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ConnectorResponseBodyTests
{
    [Theory]
    [InlineData("""{"id":"1:abc"}""", "1:abc")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("""{"id":42}""", null)]
    [InlineData("[]", null)]
    [InlineData("OK", null)]
    public void Activity_id_is_read_from_a_resource_response_only(string body, string? expected)
    {
        Assert.Equal(expected, ConnectorResponseBody.ActivityId(body));
    }

    [Theory]
    [InlineData("""{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", "ConversationNotFound: Conversation not found.")]
    [InlineData("""{"error":{"message":"no code"}}""", "UnknownError: no code")]
    [InlineData("""{"message":"An error has occurred."}""", "500 Internal Server Error: {\"message\":\"An error has occurred.\"}")]
    [InlineData("", "500 Internal Server Error")]
    public void Error_is_described_by_the_connector_code_or_the_status_line(string body, string expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        Assert.Equal(expected, ConnectorResponseBody.DescribeError(response, body));
    }
}
