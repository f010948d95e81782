using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>One call the bot made to the connector.</summary>
internal sealed record SentActivity(string Method, Uri ServiceUrl, string ConversationId, string? ActivityIdInPath, Activity Activity);
