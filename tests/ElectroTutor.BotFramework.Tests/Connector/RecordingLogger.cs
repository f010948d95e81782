using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Connector;

/// <summary>Keeps every formatted log message so tests can check what an operator would see.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock gate = new();
    private readonly List<string> messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (gate)
        {
            messages.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
