using TalksBot.Delivery.Resilience;

namespace TalksBot.Slack.SocketMode;

/// <summary>Slack's reconnect pace (Socket Mode, and auth.test at start): 1 s, 2 s, 4 s … up to a minute,
/// ±20 % so that many instances do not reconnect in step after an outage.</summary>
internal static class ReconnectBackoff
{
    public static ExponentialBackoff Create() =>
        new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), BackoffJitter.TwentyPercent);
}
