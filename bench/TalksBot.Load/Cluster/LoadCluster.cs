using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.TestKit;

namespace TalksBot.Load.Cluster;

/// <summary>A redis-server of its own on a free loopback port, the fake Slack on 127.0.0.1, and bot processes
/// serving Slack's Events API over HTTP that share the server (one key prefix per cluster). Rate limits are
/// off: the load comes from a few channels and users and every delivery must reach the answer path.</summary>
public sealed class LoadCluster : IAsyncDisposable
{
    public static readonly TimeSpan Starting = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan Stopping = TimeSpan.FromSeconds(60);

    private readonly List<(DateTimeOffset From, DateTimeOffset To)> _redisOutages = [];

    private LoadCluster(RedisServer redis, FakeSlackServer slack, string signingSecret, IReadOnlyList<BotInstance> bots)
    {
        Redis = redis;
        Slack = slack;
        SigningSecret = signingSecret;
        Bots = bots;
    }

    public RedisServer Redis { get; }

    public FakeSlackServer Slack { get; }

    public string SigningSecret { get; }

    public IReadOnlyList<BotInstance> Bots { get; }

    /// <summary>From each kill of the redis-server to a grace after its restart (the bots' reconnect).</summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> RedisOutages
    {
        get
        {
            lock (_redisOutages)
            {
                return [.. _redisOutages];
            }
        }
    }

    public static async Task<LoadCluster> StartAsync(
        int bots, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args, HttpClient http)
    {
        var redis = await RedisServer.StartOwnAsync();
        var slack = await FakeSlackServer.StartAsync();
        var signingSecret = TestCredentials.Random();
        var settings = new Dictionary<string, string>(environment)
        {
            ["Slack__BotToken"] = TestCredentials.SlackBotToken(),
            ["Slack__SigningSecret"] = signingSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Redis__Configuration"] = redis.Endpoint,
            ["Redis__KeyPrefix"] = "load-" + Guid.NewGuid().ToString("N")[..8] + ":",
        };
        string[] common =
        [
            "--Knowledge:Watch=false",
            "--RateLimits:PerUser=0",
            "--RateLimits:PerChannel=0",
            "--Operations:ShutdownTimeout=00:00:30",
            "--Logging:LogLevel:Default=Warning",
            .. args,
        ];
        var instances = Enumerable.Range(0, bots).Select(i => BotInstance.Create(i, settings, common)).ToList();
        var cluster = new LoadCluster(redis, slack, signingSecret, instances);
        foreach (var bot in instances)
        {
            bot.Start();
        }

        await Task.WhenAll(instances.Select(bot => bot.WaitUntilReadyAsync(http, Starting)));
        return cluster;
    }

    /// <summary>SIGTERM to one bot, then a new start on the same port once it has exited; returns its exit code.</summary>
    public async Task<int> RestartBotAsync(int index, HttpClient http)
    {
        var bot = Bots[index];
        var exitCode = await bot.StopAsync(Stopping);
        bot.Start();
        await bot.WaitUntilReadyAsync(http, Starting);
        return exitCode;
    }

    /// <summary>Kills the redis-server, keeps it down for <paramref name="down"/>, starts it again (empty: no
    /// persistence) and records the outage window: from <c>Redis:OperationTimeout</c> (1 s) before the kill, since
    /// an operation in flight then falls back too, to <paramref name="grace"/> after the restart, for the bots to notice.</summary>
    public async Task KillRedisAsync(TimeSpan down, TimeSpan grace)
    {
        var from = DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1);
        await Redis.StopAsync();
        await Task.Delay(down);
        await Redis.StartAsync();
        lock (_redisOutages)
        {
            _redisOutages.Add((from, DateTimeOffset.UtcNow + grace));
        }
    }

    public bool InRedisOutage(DateTimeOffset at) => RedisOutages.Any(o => at >= o.From && at <= o.To);

    /// <summary>SIGTERM to every bot; their exit codes are in each <see cref="BotInstance.ExitCodes"/>.</summary>
    public Task StopBotsAsync() => Task.WhenAll(Bots.Select(bot => bot.StopAsync(Stopping)));

    /// <summary>Writes each bot's log (warnings and above) under the temp folder and says where.</summary>
    public async Task WriteLogsAsync(TextWriter output, string run)
    {
        foreach (var bot in Bots)
        {
            var path = Path.Combine(Path.GetTempPath(), $"talksbot-{run}-bot{bot.Index}.log");
            await File.WriteAllTextAsync(path, bot.Log);
            output.WriteLine($"   bot {bot.Index}'s log: {path}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }

        await Slack.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
