using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TalksBot.Core.Limits;
using TalksBot.State.Limits;

namespace TalksBot.State.Redis;

/// <summary>The limits' counters in Redis: every scope of a question is checked, and counted only when all
/// admit it, in one script run, so instances sharing a user or channel count one total. A window's counter
/// expires once the window after it is over.</summary>
internal sealed class RedisRateLimitStore(IOptions<StateOptions> options, TimeProvider time)
{
    // KEYS: per scope, this window's counter and the previous one's. ARGV: per scope, limit, weight of the
    // previous window, expiry (ms). Returns {0} when counted, else {scope number, current, previous}.
    private const string AcquireScript = """
        local scopes = #KEYS / 2
        for i = 1, scopes do
          local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
          local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
          if current + previous * tonumber(ARGV[3 * i - 1]) + 1 > tonumber(ARGV[3 * i - 2]) then
            return {i, current, previous}
          end
        end
        for i = 1, scopes do
          redis.call('INCR', KEYS[2 * i - 1])
          redis.call('PEXPIRE', KEYS[2 * i - 1], ARGV[3 * i])
        end
        return {0}
        """;

    public async Task<RateLimitDecision> AcquireAsync(IDatabase database, IReadOnlyList<LimitedScope> scopes)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var keys = new List<RedisKey>(scopes.Count * 2);
        var args = new List<RedisValue>(scopes.Count * 3);
        foreach (var scope in scopes)
        {
            var index = SlidingWindow.Index(now, scope.Window);
            keys.Add(Key(settings, scope, index));
            keys.Add(Key(settings, scope, index - 1));
            args.Add(scope.Limit);
            args.Add(SlidingWindow.PreviousWeight(now, scope.Window).ToString("R", CultureInfo.InvariantCulture));
            args.Add((long)(scope.Window.TotalMilliseconds * 2));
        }

        var answer = (long[])(await database.ScriptEvaluateAsync(AcquireScript, [.. keys], [.. args]))!;
        if (answer[0] == 0)
        {
            return RateLimitDecision.Allowed;
        }

        var refused = scopes[(int)answer[0] - 1];
        return new RateLimitDecision(refused.Scope, SlidingWindow.RetryAfter(refused.Limit, answer[1], answer[2], now, refused.Window));
    }

    private static RedisKey Key(StateOptions settings, LimitedScope scope, long index) =>
        settings.KeyPrefix + "limit:" + scope.Key + ":" + index.ToString(CultureInfo.InvariantCulture);
}
