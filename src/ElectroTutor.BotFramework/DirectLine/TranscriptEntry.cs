namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>One stored activity, kept serialized so that readers on other threads never see it change.</summary>
/// <param name="Sequence">Its position in the conversation; the watermark of a client that has seen it.</param>
/// <param name="Id">The activity id, <c>{conversationId}|{sequence:D7}</c> (an updated activity keeps its first id).</param>
/// <param name="Type">The activity type, used to decide which clients see it.</param>
/// <param name="Timestamp">The stamped UTC timestamp, kept when the activity is updated so Web Chat keeps its place.</param>
/// <param name="Json">The whole activity as JSON.</param>
internal sealed record TranscriptEntry(long Sequence, string Id, string Type, string Timestamp, string Json);
