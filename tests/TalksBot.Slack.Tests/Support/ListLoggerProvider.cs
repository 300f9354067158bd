using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TalksBot.TestKit;

namespace TalksBot.Slack.Tests.Support;

/// <summary>Keeps every log line in memory, with the values of the scopes it was logged in (e.g. a
/// question's CorrelationId), so tests can check event ids, scopes and that no secret is logged.</summary>
public sealed class ListLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope)> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<(int EventId, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new ListLogger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = LogScopes.Current(provider._scopes);
            provider._entries.Enqueue((eventId.Id, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception), scope));
        }
    }
}
