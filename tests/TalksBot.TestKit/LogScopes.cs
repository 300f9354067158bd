using Microsoft.Extensions.Logging;

namespace TalksBot.TestKit;

/// <summary>The values of the log scopes a line is written in (e.g. a question's CorrelationId), for test loggers.</summary>
public static class LogScopes
{
    public static IReadOnlyDictionary<string, object?> Current(IExternalScopeProvider scopes)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        scopes.ForEachScope(
            static (scope, collected) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        collected[key] = value;
                    }
                }
            },
            values);
        return values;
    }
}
