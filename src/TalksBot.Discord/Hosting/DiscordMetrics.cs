using System.Diagnostics.Metrics;

namespace TalksBot.Discord.Hosting;

/// <summary>Discord's instruments, on the meter <see cref="DiscordServiceCollectionExtensions.MeterName"/>.</summary>
internal sealed class DiscordMetrics
{
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _rateLimitWaits;

    public DiscordMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(DiscordServiceCollectionExtensions.MeterName);
        _reconnects = meter.CreateCounter<long>("talksbot.discord.gateway.reconnects", "{connection}", "Gateway connections opened again after one ended.");
        _resumes = meter.CreateCounter<long>("talksbot.discord.gateway.resumes", "{session}", "Gateway sessions resumed (RESUMED received).");
        _rateLimitWaits = meter.CreateCounter<long>("talksbot.discord.rate_limit.waits", "{wait}", "REST calls that waited for a rate limit: a 429's retry_after, or a bucket known to be empty.");
    }

    public void Reconnecting() => _reconnects.Add(1);

    public void Resumed() => _resumes.Add(1);

    /// <param name="reason"><c>retry_after</c> (Discord answered 429) or <c>bucket</c> (waited before sending).</param>
    public void RateLimitWait(string reason) => _rateLimitWaits.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
