using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ConnectorUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "a:1xyz", null, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1xyz/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1xyz", "1712345678901", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1xyz/activities/1712345678901")]
    [InlineData("https://smba.trafficmanager.net/teams/", "19:abc@thread.v2;messageid=1", "", "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.v2%3Bmessageid%3D1/activities")]
    [InlineData("https://directline.botframework.com/", "KfbhVBWsxaxAz2gg3JNOJb-us", "KfbhVBWsxaxAz2gg3JNOJb-us|0000001", "https://directline.botframework.com/v3/conversations/KfbhVBWsxaxAz2gg3JNOJb-us/activities/KfbhVBWsxaxAz2gg3JNOJb-us%7C0000001")]
    [InlineData("http://127.0.0.1:5080//", "c 1/2", null, "http://127.0.0.1:5080/v3/conversations/c%201%2F2/activities")]
    [InlineData("https://example.test/bot/?q=1#frag", "c", null, "https://example.test/bot/v3/conversations/c/activities")]
    public void Joins_the_service_url_path_and_escaped_ids_with_single_slashes(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        var url = ConnectorUrl.Activities(new Uri(serviceUrl), conversationId, activityId);

        Assert.Equal(expected, url.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://example.test/")]
    [InlineData("file:///etc/passwd")]
    public void Rejects_service_urls_that_are_not_http(string serviceUrl)
    {
        var exception = Assert.Throws<ArgumentException>(() => ConnectorUrl.Activities(new Uri(serviceUrl), "c", null));

        Assert.Contains("not an absolute http or https URL", exception.Message, StringComparison.Ordinal);
    }
}
