namespace ElectroTutor.BotFramework.Schema;

/// <summary>The values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are sent to the activity's <c>serviceUrl</c> (the default when absent).</summary>
    public const string Normal = "normal";

    /// <summary>The caller wants every reply of the turn in the HTTP response as <see cref="ExpectedReplies"/>.</summary>
    public const string ExpectReplies = "expectReplies";

    /// <summary>The activity should raise a notification on the recipient's device.</summary>
    public const string Notification = "notification";
}
