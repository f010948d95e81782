using System.Diagnostics.CodeAnalysis;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>The outcome of reading a request body: an activity, or the reason there is none.</summary>
public sealed class ActivityReadResult
{
    private ActivityReadResult(Activity? activity, ActivityReadError error, string? message)
    {
        Activity = activity;
        Error = error;
        Message = message;
    }

    /// <summary>The activity, when reading succeeded.</summary>
    public Activity? Activity { get; }

    /// <summary>What was wrong, or <see cref="ActivityReadError.None"/>.</summary>
    public ActivityReadError Error { get; }

    /// <summary>A short explanation safe to return to the caller (it names fields and positions, never values), or null on success.</summary>
    public string? Message { get; }

    /// <summary>True when <see cref="Activity"/> holds the parsed activity.</summary>
    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Activity is not null;

    internal static ActivityReadResult Success(Activity activity) => new(activity, ActivityReadError.None, message: null);

    internal static ActivityReadResult Fail(ActivityReadError error, string message) => new(activity: null, error, message);
}
