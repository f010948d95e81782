namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>The activities after a watermark, and the watermark a client passes next time.</summary>
/// <param name="Activities">The activities, oldest first, as JSON.</param>
/// <param name="Watermark">The sequence of the newest activity stored (seen or filtered out) when the slice was read.</param>
/// <param name="Changed">Completes when anything is appended after this read, or when the conversation closes.</param>
internal sealed record TranscriptSlice(IReadOnlyList<string> Activities, long Watermark, Task Changed);
