namespace TalksBot.Slack.Processing;

/// <summary>A response_url accepts at most 5 posts within 30 minutes of the invocation (notes/slack.md §3).</summary>
internal sealed class ResponseUrlBudget(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, (DateTimeOffset First, int Uses)> _uses = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryUse(string responseUrl)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var expired in _uses.Where(p => now - p.Value.First >= Window).Select(p => p.Key).ToList())
            {
                _uses.Remove(expired);
            }

            var (first, uses) = _uses.TryGetValue(responseUrl, out var entry) ? entry : (now, 0);
            if (uses >= MaxUses)
            {
                return false;
            }

            _uses[responseUrl] = (first, uses + 1);
            return true;
        }
    }
}
