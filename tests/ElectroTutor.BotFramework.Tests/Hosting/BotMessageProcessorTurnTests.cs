using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>How the endpoint runs turns: where replies go, typing, invoke answers, ordering per conversation, failures.</summary>
public class BotMessageProcessorTurnTests
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);

    [Fact]
    public async Task Replies_are_posted_to_the_service_url_in_reply_to_the_inbound_activity()
    {
        string? firstId = null;
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            firstId = (await turn.SendTextAsync("echo: " + turn.Activity.Text, cancellationToken)).Id;
            await turn.SendAsync(new Activity { Text = "second" }, cancellationToken);
        });
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(text: "-65 mV")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("sent-1", firstId);
        Assert.Collection(
            host.Connector.Sent,
            sent =>
            {
                Assert.Equal("POST", sent.Method);
                Assert.Equal(new Uri(Inbound.LocalServiceUrl), sent.ServiceUrl);
                Assert.Equal("conv-1", sent.ConversationId);
                Assert.Equal("conv-1|0000001", sent.ActivityIdInPath);
                Assert.Equal("echo: -65 mV", sent.Activity.Text);
                Assert.Equal("conv-1|0000001", sent.Activity.ReplyToId);
                Assert.Equal("electrotutor", sent.Activity.From?.Id);
                Assert.Equal("student-1", sent.Activity.Recipient?.Id);
                Assert.Equal("directline", sent.Activity.ChannelId);
                Assert.Equal("en-US", sent.Activity.Locale);
            },
            sent => Assert.Equal(("second", ActivityTypes.Message), (sent.Activity.Text, sent.Activity.Type)));
    }

    [Fact]
    public async Task Greeting_a_direct_line_conversation_update_does_not_point_back_to_it()
    {
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((turn, cancellationToken) => turn.SendTextAsync("Welcome", cancellationToken)));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(type: ActivityTypes.ConversationUpdate)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(host.Connector.Sent);
        Assert.Null(sent.ActivityIdInPath);
        Assert.Null(sent.Activity.ReplyToId);
    }

    [Fact]
    public async Task Expect_replies_returns_every_reply_in_the_body_and_posts_nothing()
    {
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            Assert.True(turn.ExpectsReplies);
            await turn.SendTextAsync("first", cancellationToken);
            await turn.SendAsync([new Activity { Text = "second" }, new Activity { Text = "third" }], cancellationToken);
        });
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = TimeSpan.FromMilliseconds(1));

        // A service URL the local-mode guard would refuse: expectReplies never posts to it.
        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(deliveryMode: DeliveryModes.ExpectReplies, serviceUrl: "https://example.com/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), BotJsonContext.Default.ExpectedReplies);
        Assert.NotNull(replies);
        Assert.Equal(["first", "second", "third"], replies.Activities.Select(activity => activity.Text));
        Assert.All(replies.Activities, activity => Assert.Equal("conv-1|0000001", activity.ReplyToId));
        Assert.All(replies.Activities, activity => Assert.Equal("student-1", activity.Recipient?.Id));
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task Expect_replies_writes_symbols_and_apostrophes_as_themselves()
    {
        const string Text = "Vm rises from −70 mV to −60 mV when [K⁺]o goes 4 → 10 mM; it's the \"new\" resting potential.";
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((turn, cancellationToken) => turn.SendTextAsync(Text, cancellationToken)));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(deliveryMode: DeliveryModes.ExpectReplies)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vm rises from −70 mV to −60 mV when [K⁺]o goes 4 → 10 mM; it's the \\\"new\\\" resting potential.", body, StringComparison.Ordinal);
        Assert.Equal(Text, Assert.Single(JsonSerializer.Deserialize(body, BotJsonContext.Default.ExpectedReplies)!.Activities).Text);
    }

    [Fact]
    public async Task Expect_replies_without_replies_returns_an_empty_list()
    {
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((_, _) => Task.CompletedTask));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(deliveryMode: DeliveryModes.ExpectReplies)));

        Assert.Equal("""{"activities":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_until_it_replies()
    {
        var host = default(BotHost);
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            // The turn stays silent until typing has gone out twice: once after the delay and once more after the interval.
            await host!.Connector.WaitForAsync(sent => sent.Activity.Type == ActivityTypes.Typing);
            await WaitForTypingCountAsync(host.Connector, 2);
            await turn.SendTextAsync("done", cancellationToken);
        });
        await using (host = await BotHost.StartAsync(handler, options =>
        {
            options.TypingDelay = TimeSpan.FromMilliseconds(10);
            options.TypingInterval = TimeSpan.FromMilliseconds(20);
        }))
        {
            using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Typing after the reply is possible only if the turn stays silent for a whole interval after it, which a
            // loaded machine may cause with these short settings; that it is normally skipped is shown in TurnOutboxTests.
            var sent = host.Connector.Sent;
            var reply = sent.Single(item => item.Activity.Type == ActivityTypes.Message);
            var typingBefore = sent.TakeWhile(item => item != reply).ToList();
            Assert.True(typingBefore.Count >= 2);
            Assert.All(typingBefore, typing =>
            {
                Assert.Equal(ActivityTypes.Typing, typing.Activity.Type);
                Assert.Equal("conv-1|0000001", typing.ActivityIdInPath);
                Assert.Equal("student-1", typing.Activity.Recipient?.Id);
            });
            Assert.Equal("done", reply.Activity.Text);
        }
    }

    [Fact]
    public async Task A_quick_turn_sends_no_typing()
    {
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo(), options => options.TypingDelay = Never);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.Equal(ActivityTypes.Message, Assert.Single(host.Connector.Sent).Activity.Type);
    }

    [Fact]
    public async Task Typing_can_be_switched_off()
    {
        var host = default(BotHost);
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            await Task.Delay(50, cancellationToken);
            await turn.SendTextAsync("done", cancellationToken);
        });
        await using (host = await BotHost.StartAsync(handler, options =>
        {
            options.SendTypingIndicator = false;
            options.TypingDelay = TimeSpan.FromTicks(1);
        }))
        {
            using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

            Assert.Equal("done", Assert.Single(host.Connector.Sent).Activity.Text);
        }
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_after_the_other()
    {
        var events = new List<string>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var active = 0;
        var maxActive = 0;
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            lock (events)
                events.Add("start " + turn.Activity.Text);
            if (turn.Activity.Text == "first")
            {
                firstStarted.SetResult();
                await releaseFirst.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            lock (events)
                events.Add("end " + turn.Activity.Text);
            Interlocked.Decrement(ref active);
        });
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);
        var key = BotMessageProcessor.ConversationKey(Inbound.Activity());

        var first = host.PostAsync(Inbound.Json(Inbound.Activity(text: "first", id: "conv-1|0000001")));
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = host.PostAsync(Inbound.Json(Inbound.Activity(text: "second", id: "conv-1|0000002")));
        await WaitUntilAsync(() => host.ConversationLocks.CountFor(key) == 2);
        releaseFirst.SetResult();
        using var firstResponse = await first;
        using var secondResponse = await second;

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(["start first", "end first", "start second", "end second"], events);
        Assert.Equal(1, maxActive);
        Assert.Equal(0, host.ConversationLocks.ActiveKeyCount);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_side_by_side()
    {
        var otherStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            if (turn.Activity.Conversation?.Id == "conv-B")
                otherStarted.SetResult();
            else
                await otherStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken); // Would time out if B waited for A.
            await turn.SendTextAsync("ok", cancellationToken);
        });
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);

        var a = host.PostAsync(Inbound.Json(Inbound.Activity(conversationId: "conv-A")));
        var b = host.PostAsync(Inbound.Json(Inbound.Activity(conversationId: "conv-B")));
        using var responseA = await a;
        using var responseB = await b;

        Assert.Equal(HttpStatusCode.OK, responseA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responseB.StatusCode);
        Assert.Equal(0, host.ConversationLocks.ActiveKeyCount);
    }

    [Fact]
    public async Task An_invoke_is_answered_with_the_handlers_status_and_body()
    {
        var handler = new DelegateTurnHandler((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = "Graded: " + turn.Activity.Name,
            });
            return Task.CompletedTask;
        });
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(type: ActivityTypes.Invoke, name: "adaptiveCard/action")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Graded: adaptiveCard/action"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task An_invoke_the_handler_leaves_unanswered_gets_501()
    {
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((_, _) => Task.CompletedTask));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(type: ActivityTypes.Invoke, name: "task/fetch")));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_response_without_body_sends_only_the_status()
    {
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(202);
            return Task.CompletedTask;
        }));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(type: ActivityTypes.Invoke, name: "signin/verifyState")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_failing_handler_gives_a_generic_500_is_logged_and_releases_the_conversation()
    {
        var calls = 0;
        var handler = new DelegateTurnHandler((turn, cancellationToken) =>
            Interlocked.Increment(ref calls) == 1
                ? throw new InvalidOperationException("secret detail of the learner store")
                : turn.SendTextAsync("recovered", cancellationToken));
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);

        using var failed = await host.PostAsync(Inbound.Json(Inbound.Activity()));
        using var next = await host.PostAsync(Inbound.Json(Inbound.Activity(id: "conv-1|0000002")));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var body = await failed.Content.ReadAsStringAsync();
        Assert.Contains("InternalError", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Exception is InvalidOperationException);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("recovered", Assert.Single(host.Connector.Sent).Activity.Text);
        Assert.Equal(0, host.ConversationLocks.ActiveKeyCount);
    }

    [Fact]
    public async Task A_reply_the_channel_refuses_surfaces_in_the_handler()
    {
        HttpRequestException? seen = null;
        var handler = new DelegateTurnHandler(async (turn, cancellationToken) =>
        {
            seen = await Assert.ThrowsAsync<HttpRequestException>(() => turn.SendTextAsync("hi", cancellationToken));
        });
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);
        host.Connector.Failure = new ConnectorResponse(Succeeded: false, StatusCode: 403, ActivityId: null, Error: "BotNotInConversationRoster");

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, seen?.StatusCode);
        Assert.Contains("BotNotInConversationRoster", seen?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_replaces_an_earlier_activity_through_the_connector()
    {
        var handler = new DelegateTurnHandler((turn, cancellationToken) =>
            turn.UpdateActivityAsync("card-7", new Activity { Text = "answered" }, cancellationToken));
        await using var host = await BotHost.StartAsync(handler, options => options.TypingDelay = Never);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        var sent = Assert.Single(host.Connector.Sent);
        Assert.Equal(("PUT", "card-7", "card-7", "answered"), (sent.Method, sent.ActivityIdInPath, sent.Activity.Id, sent.Activity.Text));
    }

    [Fact]
    public async Task Sending_after_the_turn_ended_is_refused()
    {
        BotTurnContext? kept = null;
        await using var host = await BotHost.StartAsync(new DelegateTurnHandler((turn, _) =>
        {
            kept = turn;
            return Task.CompletedTask;
        }));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.NotNull(kept);
        await Assert.ThrowsAsync<InvalidOperationException>(() => kept.SendTextAsync("late"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static Task WaitForTypingCountAsync(RecordingConnectorClient connector, int count) =>
        WaitUntilAsync(() => connector.Sent.Count(sent => sent.Activity.Type == ActivityTypes.Typing) >= count);

    /// <summary>Polls a condition that another request makes true; fails after 10 s instead of hanging.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
            await Task.Delay(5, timeout.Token);
    }
}
