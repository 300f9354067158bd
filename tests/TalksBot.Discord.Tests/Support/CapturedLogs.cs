using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.Support;

/// <summary>Keeps every log line the bot writes, with the values of its scopes, so tests can check what was
/// said (and what never was), and under which question's CorrelationId.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(LogLevel Level, EventId Id, string Message, Exception? Error, IReadOnlyDictionary<string, object?> Scope)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => sink._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Entries.Enqueue((logLevel, eventId, formatter(state, exception), exception, LogScopes.Current(sink._scopes)));
    }
}
