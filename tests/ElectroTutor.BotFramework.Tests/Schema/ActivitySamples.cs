namespace ElectroTutor.BotFramework.Tests.Schema;

/// <summary>Realistic request bodies from the channels the tutor serves, each with fields the schema does not model.</summary>
internal static class ActivitySamples
{
    /// <summary>A Teams channel message that @mentions the bot, with clientInfo, tenant/team/channel data and unknown fields.</summary>
    public const string TeamsChannelMessage = """
        {
          "text": "<at>ElectroTutor</at> what is the Nernst potential of K+?",
          "textFormat": "plain",
          "attachments": [
            { "contentType": "text/html", "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">ElectroTutor</span> what is the Nernst potential of K+?</div></div>" }
          ],
          "type": "message",
          "timestamp": "2026-11-21T16:58:03.9411946Z",
          "localTimestamp": "2026-11-21T17:58:03.9411946+01:00",
          "id": "1763744283941",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": {
            "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
            "name": "Ada Lovelace",
            "aadObjectId": "6e2f7a0c-3b1d-4f57-9a52-2c8f0c7d5e11"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:a1b2c3d4e5f6@thread.tacv2;messageid=1763744283941"
          },
          "recipient": { "id": "28:0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d", "name": "ElectroTutor" },
          "entities": [
            { "mentioned": { "id": "28:0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d", "name": "ElectroTutor" }, "text": "<at>ElectroTutor</at>", "type": "mention" },
            { "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:a1b2c3d4e5f6@thread.tacv2",
            "teamsTeamId": "19:team0000@thread.tacv2",
            "channel": { "id": "19:a1b2c3d4e5f6@thread.tacv2", "name": "Physiology 101" },
            "team": { "id": "19:team0000@thread.tacv2", "name": "Biology year 2" },
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "settings": { "selectedChannel": { "id": "19:a1b2c3d4e5f6@thread.tacv2" } }
          },
          "locale": "en-GB",
          "localTimezone": "Europe/London",
          "rawTeamsField": { "nested": [1, 2.50, -3e-2, true, null, "x"] }
        }
        """;

    /// <summary>A Web Chat text message as Direct Line forwards it, with ClientCapabilities and Web Chat channel data.</summary>
    public const string WebChatMessage = """
        {
          "type": "message",
          "id": "KfbhVBWsxaxAz2gg3JNOJb-us|0000001",
          "timestamp": "2026-11-21T16:58:10.123Z",
          "localTimestamp": "2026-11-21T11:58:10.12-05:00",
          "localTimezone": "America/New_York",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "directline",
          "from": { "id": "student-1", "name": "Student", "role": "user" },
          "conversation": { "id": "KfbhVBWsxaxAz2gg3JNOJb-us" },
          "recipient": { "id": "electrotutor-bot@Qz3x", "name": "ElectroTutor" },
          "textFormat": "plain",
          "locale": "en-US",
          "text": "-65 mV",
          "attachments": [],
          "entities": [
            { "requiresBotState": true, "supportsListening": true, "supportsTts": true, "type": "ClientCapabilities" }
          ],
          "channelData": { "clientActivityID": "1763744290000abcdefghij", "attachmentSizes": [] },
          "replyToId": "KfbhVBWsxaxAz2gg3JNOJb-us|0000000"
        }
        """;

    /// <summary>An Adaptive Card submit from Web Chat: no text, object value, postBack channel data.</summary>
    public const string WebChatCardSubmit = """
        {
          "type": "message",
          "id": "KfbhVBWsxaxAz2gg3JNOJb-us|0000004",
          "timestamp": "2026-11-21T16:59:00Z",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "directline",
          "from": { "id": "student-1", "name": "Student", "role": "user" },
          "conversation": { "id": "KfbhVBWsxaxAz2gg3JNOJb-us" },
          "recipient": { "id": "electrotutor-bot@Qz3x", "name": "ElectroTutor" },
          "locale": "en-US",
          "value": { "kind": "answer", "q": "q1", "choice": "A", "confidence": 0.75 },
          "channelData": { "postBack": true, "clientActivityID": "1763744340000klmnopqrst" }
        }
        """;

    /// <summary>A Direct Line conversationUpdate announcing the bot and the user.</summary>
    public const string DirectLineConversationUpdate = """
        {
          "type": "conversationUpdate",
          "id": "BXoD3cM6RCM",
          "timestamp": "2026-11-21T16:57:59.5Z",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "directline",
          "from": { "id": "student-1" },
          "conversation": { "id": "KfbhVBWsxaxAz2gg3JNOJb-us" },
          "recipient": { "id": "electrotutor-bot@Qz3x", "name": "ElectroTutor" },
          "membersAdded": [ { "id": "electrotutor-bot@Qz3x", "name": "ElectroTutor" }, { "id": "student-1", "futureMemberField": 7 } ],
          "membersRemoved": []
        }
        """;

    /// <summary>A Teams Action.Execute invoke.</summary>
    public const string TeamsAdaptiveCardInvoke = """
        {
          "name": "adaptiveCard/action",
          "type": "invoke",
          "timestamp": "2026-11-21T17:01:02.003Z",
          "id": "f:7d0c2bd2-2a44-5a7c-9b3e-0b8b3c2d4e5f",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "29:1abc", "aadObjectId": "6e2f7a0c-3b1d-4f57-9a52-2c8f0c7d5e11" },
          "conversation": { "conversationType": "personal", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "id": "a:1Hk3Zxq" },
          "recipient": { "id": "28:0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d", "name": "ElectroTutor" },
          "replyToId": "1763744400000",
          "value": { "action": { "type": "Action.Execute", "id": "submit", "verb": "grade", "data": { "q": "q2" } }, "trigger": "manual" },
          "locale": "en-US",
          "channelData": { "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" }, "source": { "name": "message" } }
        }
        """;
}
