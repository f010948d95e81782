namespace ElectroTutor.Cli.LoadTest;

/// <summary>How the load test receives the tutor's replies (<c>--replies</c>).</summary>
internal enum ReplyDelivery
{
    /// <summary>In the body of the <c>POST /api/messages</c> response (<c>deliveryMode: expectReplies</c>), as Azure Direct Line's expectReplies clients do.</summary>
    ExpectReplies,

    /// <summary>
    /// Posted by the server's connector client to a loopback connector the load test serves, as Teams and Azure Direct Line
    /// receive them; a turn's latency runs until its last reply arrives there.
    /// </summary>
    Connector,
}
