using System.Globalization;
using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// One conversation's transcript: user and bot activities in the order they arrived, numbered by a sequence that is
/// also the client's watermark. At most a fixed number are kept; the oldest are dropped beyond that.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TranscriptEntry> _entries = new();
    private readonly int _maxActivities;
    private long _lastSequence;
    private TaskCompletionSource _changed = NewSignal();

    public DirectLineConversation(string id, string userId, string? userName, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        UserName = userName;
        _maxActivities = maxActivities;
        LastActive = now;
    }

    public string Id { get; }

    public string UserId { get; }

    public string? UserName { get; }

    /// <summary>When a call or an activity last touched this conversation; read and written under the registry's lock.</summary>
    public DateTimeOffset LastActive { get; set; }

    public bool IsClosed { get; private set; }

    /// <summary>Marks the conversation as started; returns false when it already was.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (IsStarted) return false;
            IsStarted = true;
            return true;
        }
    }

    public bool IsStarted { get; private set; }

    /// <summary>Stamps the activity with the next id and the given time, stores it, and wakes the readers.</summary>
    public TranscriptEntry Append(JsonObject activity, DateTimeOffset now)
    {
        TranscriptEntry entry;
        TaskCompletionSource changed;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            var id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            activity["id"] = id;
            activity["timestamp"] = timestamp;
            entry = new TranscriptEntry(sequence, id, TypeOf(activity), timestamp, activity.ToJsonString());
            _entries.AddLast(entry);
            while (_entries.Count > _maxActivities) _entries.RemoveFirst();
            changed = SwapSignal();
        }

        changed.TrySetResult();
        return entry;
    }

    /// <summary>
    /// Replaces a stored activity: the new version keeps the old id and timestamp (so Web Chat updates the bubble in
    /// place) but moves to the end of the sequence, so clients past the old watermark receive it again.
    /// </summary>
    public TranscriptEntry? Replace(string activityId, JsonObject activity)
    {
        TranscriptEntry entry;
        TaskCompletionSource changed;
        lock (_gate)
        {
            var old = _entries.FirstOrDefault(e => string.Equals(e.Id, activityId, StringComparison.Ordinal));
            if (old is null) return null;
            _entries.Remove(old);
            activity["id"] = old.Id;
            activity["timestamp"] = old.Timestamp;
            entry = new TranscriptEntry(++_lastSequence, old.Id, TypeOf(activity), old.Timestamp, activity.ToJsonString());
            _entries.AddLast(entry);
            changed = SwapSignal();
        }

        changed.TrySetResult();
        return entry;
    }

    /// <summary>The activities after <paramref name="watermark"/> that pass <paramref name="include"/>.</summary>
    public TranscriptSlice ReadAfter(long watermark, Func<TranscriptEntry, bool> include)
    {
        lock (_gate)
        {
            var activities = _entries.Where(e => e.Sequence > watermark && include(e)).Select(e => e.Json).ToList();
            return new TranscriptSlice(activities, Math.Max(_lastSequence, 0), _changed.Task);
        }
    }

    /// <summary>Ends the conversation: readers waiting on it wake and find it closed.</summary>
    public void Close()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            IsClosed = true;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    private TaskCompletionSource SwapSignal()
    {
        var previous = _changed;
        _changed = NewSignal();
        return previous;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string TypeOf(JsonObject activity) =>
        activity["type"] is JsonValue value && value.TryGetValue(out string? type) ? type : "";
}
