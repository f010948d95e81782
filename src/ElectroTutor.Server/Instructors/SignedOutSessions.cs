using System.Collections.Concurrent;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Sessions ended by signing out, kept until their cookie could have expired anyway, so that a copy of a signed-out
/// cookie no longer opens the dashboard. Held in this process's memory: behind several server instances a sign-out
/// deletes the browser's cookie everywhere but revokes copies only on the instance that handled it.
/// </summary>
internal sealed class SignedOutSessions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    /// <summary>Revokes <paramref name="sessionId"/> for the longest time its cookie could still be presented.</summary>
    public void SignOut(string sessionId)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, until) in _until)
        {
            if (until <= now)
            {
                _until.TryRemove(id, out _);
            }
        }

        _until[sessionId] = now + InstructorAuthentication.SessionLifetime;
    }

    /// <summary>True when the session was signed out and its cookie has not yet expired.</summary>
    public bool IsSignedOut(string sessionId) => _until.TryGetValue(sessionId, out var until) && until > clock.GetUtcNow();
}
