using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>Keeps every formatted log message so tests can check what was logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<(LogLevel Level, string Message, Exception? Exception)> entries = [];

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries
    {
        get
        {
            lock (gate)
                return [.. entries];
        }
    }

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string message, Exception? exception)
    {
        lock (gate)
            entries.Add((level, message, exception));
    }

    private sealed class RecordingLogger(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, formatter(state, exception), exception);
    }
}
