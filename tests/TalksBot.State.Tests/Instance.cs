using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Deliveries;
using TalksBot.Core.Limits;
using TalksBot.State.Redis;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>One bot instance's shared state, as the host registers it, with its logs and counters.</summary>
internal sealed class Instance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Instance(ServiceProvider services, ListLogger<RedisOutage> logs)
    {
        _services = services;
        Logs = logs;
        var meters = services.GetRequiredService<IMeterFactory>();
        Deduplicated = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.deliveries.deduplicated");
        Fallbacks = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.state.fallbacks");
        Limited = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.questions.rate_limited");
    }

    public ListLogger<RedisOutage> Logs { get; }

    public MetricCollector<long> Deduplicated { get; }

    public MetricCollector<long> Fallbacks { get; }

    public MetricCollector<long> Limited { get; }

    public IRateLimits Limits => _services.GetRequiredService<IRateLimits>();

    public IDeliveryLedger Ledger => _services.GetRequiredService<IDeliveryLedger>();

    /// <param name="redis">host:port, or null for the in-memory default.</param>
    /// <param name="settings">More configuration (e.g. <c>RateLimits:*</c>).</param>
    public static Instance Start(string? redis, TimeProvider? time = null, string keyPrefix = "talksbot-test:", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis,
            ["Redis:KeyPrefix"] = keyPrefix,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var logs = new ListLogger<RedisOutage>();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSingleton<ILogger<RedisOutage>>(logs);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddTalksBotState(configuration);
        return new Instance(services.BuildServiceProvider(), logs);
    }

    public async Task<HealthStatus> RedisHealthAsync()
    {
        var report = await _services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "redis");
        return report.Entries["redis"].Status;
    }

    public ValueTask<bool> ClaimAsync(params string[] keys) => Ledger.TryClaimAsync(keys, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Deduplicated.Dispose();
        Fallbacks.Dispose();
        Limited.Dispose();
        await _services.DisposeAsync();
    }
}
