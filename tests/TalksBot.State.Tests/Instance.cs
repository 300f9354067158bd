using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using TalksBot.Core;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Deliveries;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Limits;
using TalksBot.State.Redis;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>One bot instance: Core over the repository's data and its shared state, as the host registers them
/// (State after Core), with its logs and counters. Its local votes file is its own, in a temporary folder.</summary>
internal sealed class Instance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private Instance(ServiceProvider services, ListLogger<RedisOutage> logs, string folder)
    {
        _services = services;
        _folder = folder;
        Logs = logs;
        var meters = services.GetRequiredService<IMeterFactory>();
        Deduplicated = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.deliveries.deduplicated");
        Fallbacks = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.state.fallbacks");
        Limited = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.questions.rate_limited");
        Breaks = new MetricCollector<long>(meters, StateServiceCollectionExtensions.MeterName, "talksbot.state.breaks");
    }

    public ListLogger<RedisOutage> Logs { get; }

    public MetricCollector<long> Deduplicated { get; }

    public MetricCollector<long> Fallbacks { get; }

    public MetricCollector<long> Limited { get; }

    public MetricCollector<long> Breaks { get; }

    public IRateLimits Limits => _services.GetRequiredService<IRateLimits>();

    public IDeliveryLedger Ledger => _services.GetRequiredService<IDeliveryLedger>();

    /// <summary>Core's router, as the host's adapters call it (answers carry their 👍/👎 rating).</summary>
    public ICommandRouter Router => _services.GetRequiredService<ICommandRouter>();

    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public IFeedbackStore Votes => _services.GetRequiredService<IFeedbackStore>();

    public FeedbackRecorder Recorder => _services.GetRequiredService<FeedbackRecorder>();

    /// <summary>This instance's local votes file (the default store without Redis, the fallback with it).</summary>
    public string VotesFile => Path.Combine(_folder, "feedback.jsonl");

    /// <param name="redis">host:port, or null for the in-memory default.</param>
    /// <param name="settings">More configuration (e.g. <c>RateLimits:*</c>).</param>
    public static Instance Start(string? redis, TimeProvider? time = null, string keyPrefix = "talksbot-test:", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "talksbot-state-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis,
            ["Redis:KeyPrefix"] = keyPrefix,
            ["Feedback:Path"] = Path.Combine(folder, "feedback.jsonl"),
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var logs = new ListLogger<RedisOutage>();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSingleton<ILogger<RedisOutage>>(logs);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName);
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName);
        services.AddTalksBotCore(new KnowledgeStore(TestCore.Knowledge));
        services.AddTalksBotState(configuration);
        return new Instance(services.BuildServiceProvider(), logs, folder);
    }

    /// <summary>For tests of what Redis answers under a burst of concurrent operations: on a loaded machine one can outlast the
    /// 1 s default, and an operation Redis does not answer in time falls back to the instance's own state on purpose
    /// (<c>RedisBreakerTests</c>), so these wait for Redis.</summary>
    public static IReadOnlyDictionary<string, string?> PatientRedis { get; } = new Dictionary<string, string?> { ["Redis:OperationTimeout"] = "00:00:30" };

    /// <summary>An instance connected to <paramref name="redis"/> (its first operations are not in the fallback).</summary>
    public static async Task<Instance> StartConnectedAsync(string redis, string keyPrefix, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var instance = Start(redis, keyPrefix: keyPrefix, settings: settings);
        await instance.UntilRedisAsync(HealthStatus.Healthy);
        return instance;
    }

    /// <summary>Waits (up to 30 s) until the connection to Redis is up (Healthy) or has dropped (Unhealthy).</summary>
    public async Task UntilRedisAsync(HealthStatus status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await RedisHealthAsync() != status)
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for Redis to be " + status);
            await Task.Delay(50);
        }
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
        Breaks.Dispose();
        await _services.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
