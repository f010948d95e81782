namespace ElectroTutor.Server.Tests.WebChat;

/// <summary>A test that drives a real Chromium; skipped, with the reason, when none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
