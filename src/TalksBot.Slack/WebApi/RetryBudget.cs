using TalksBot.Delivery.Resilience;

namespace TalksBot.Slack.WebApi;

/// <summary>How long and how often a Web API call may wait before it gives up (notes/slack.md §5.2):
/// Slack's Retry-After is obeyed, but never beyond <see cref="MaxRateLimitRetries"/> waits of at most
/// <see cref="MaxRetryAfter"/>; 5xx and network failures get a short, doubling pause.</summary>
internal static class RetryBudget
{
    public const int MaxRateLimitRetries = 3;
    public const int MaxTransientRetries = 2;
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>The budget as <see cref="HttpRetryPipeline"/> takes it; the attempt timeout stays the HttpClient's.</summary>
    public static readonly HttpRetryBudget Http = new(
        MaxRateLimitRetries,
        MaxRetryAfter,
        MaxTransientRetries,
        FirstTransientDelay: TimeSpan.FromSeconds(1),
        MaxTransientDelay: TimeSpan.FromSeconds(4));
}
