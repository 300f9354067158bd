namespace TalksBot.Slack.WebApi;

/// <summary>A response_url accepts at most 5 posts within 30 minutes of the invocation (notes/slack.md §3). Every
/// post that may reach Slack is counted, retries included.</summary>
internal sealed class ResponseUrlBudget(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, (DateTimeOffset First, int Uses)> _uses = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>When <paramref name="responseUrl"/> stops working, counted from when the bot first saw it.</summary>
    public DateTimeOffset ExpiresAt(string responseUrl)
    {
        lock (_gate)
        {
            return Entry(responseUrl, time.GetUtcNow()).First + Window;
        }
    }

    public bool TryUse(string responseUrl)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var (first, uses) = Entry(responseUrl, now);
            if (uses >= MaxUses)
            {
                return false;
            }

            _uses[responseUrl] = (first, uses + 1);
            return true;
        }
    }

    private (DateTimeOffset First, int Uses) Entry(string responseUrl, DateTimeOffset now)
    {
        foreach (var expired in _uses.Where(p => now - p.Value.First >= Window).Select(p => p.Key).ToList())
        {
            _uses.Remove(expired);
        }

        if (!_uses.TryGetValue(responseUrl, out var entry))
        {
            entry = (now, 0);
            _uses[responseUrl] = entry;
        }

        return entry;
    }
}
