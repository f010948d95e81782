namespace ElectroTutor.BotFramework.Connector;

/// <summary>How the bot's Azure registration proves its identity (the SDK's <c>MicrosoftAppType</c> setting).</summary>
public enum MicrosoftAppType
{
    /// <summary>
    /// App id and secret against the shared <c>botframework.com</c> tenant. Azure stopped accepting new registrations of this
    /// type in July 2025; existing bots keep working. With no app id it means local mode.
    /// </summary>
    MultiTenant,

    /// <summary>App id and secret against the bot's own Entra tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity: app id = the identity's client id, no secret.</summary>
    UserAssignedMSI,
}
