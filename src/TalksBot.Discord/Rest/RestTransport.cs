using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Resilience;
using TalksBot.Discord.Hosting;

namespace TalksBot.Discord.Rest;

/// <summary>Sends one REST call: waits for its bucket and the global limit before every attempt, and leaves
/// the retrying to <see cref="HttpRetryPipeline"/> (429 after <c>retry_after</c>, 5xx and timeouts with
/// backoff, never 4xx). What stays here is Discord's: the <c>X-RateLimit-*</c> buckets, the global 429, the
/// error body, and a 401 on the bot token, which is fatal.</summary>
internal sealed class RestTransport(
    HttpClient http,
    IOptions<DiscordOptions> options,
    RateLimitBuckets buckets,
    TimeProvider time,
    FatalShutdown fatal,
    DiscordMetrics metrics,
    ILogger<RestTransport> logger)
{
    /// <summary>Discord's global limit: 50 requests per second per bot.</summary>
    public const int GlobalPerSecond = 50;
    public const int MaxTransientRetries = 3;
    public const int MaxRateLimitRetries = 5;

    /// <summary>A 429 asking for a longer wait than this fails the call instead of parking it.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private static readonly HttpRetryBudget Budget = new(
        MaxRateLimitRetries,
        MaxRetryAfter,
        MaxTransientRetries,
        FirstTransientDelay: TimeSpan.FromSeconds(1),
        MaxTransientDelay: TimeSpan.FromSeconds(8),
        AttemptTimeout: TimeSpan.FromSeconds(15));

    private readonly SlidingWindowLimiter _globalLimit = new(time, TimeSpan.FromSeconds(1));
    private readonly HttpRetryPipeline _retry = new(Budget, static async (response, token) => (await ReadRateLimitAsync(response, token)).RetryAfter, time);
    private volatile bool _unauthorized;

    public async Task<byte[]> SendAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        var call = new HttpCall(
            token => SendOnceAsync(route, json, token),
            token => WaitForLimitsAsync(route, token),
            retry => NoteRetryAsync(route, retry),
            route.Idempotent);
        HttpResponseMessage response;
        try
        {
            response = await _retry.SendAsync(call, cancellationToken);
        }
        catch (Exception error) when (HttpRetryPipeline.IsTransient(error, cancellationToken))
        {
            throw new DiscordRestException(route.Template, null, null, Reason(error), unconfirmed: !route.Idempotent && !HttpRetryPipeline.SurelyNotSent(error));
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            throw await FailureAsync(route, response, body, cancellationToken);
        }
    }

    private async Task<DiscordRestException> FailureAsync(RestRoute route, HttpResponseMessage response, byte[] body, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.TooManyRequests)
        {
            var limited = await ReadRateLimitAsync(response, cancellationToken);
            return new DiscordRestException(route.Template, status, null, $"still rate limited (retry_after {limited.RetryAfter.TotalSeconds:0.###} s)", limited.RetryAfter);
        }

        if ((int)status >= 500)
        {
            return new DiscordRestException(route.Template, status, null, "server error");
        }

        if (status == HttpStatusCode.Unauthorized && route.BotAuth)
        {
            _unauthorized = true;
            fatal.Stop($"Discord rejected the bot token (HTTP 401 on {route.Method} {route.Template}); check Discord:Token.");
        }

        var error = TryRead(body, DiscordJsonContext.Default.ErrorBody);
        return new DiscordRestException(route.Template, status, error?.Code, error?.Message ?? "request refused");
    }

    private async ValueTask WaitForLimitsAsync(RestRoute route, CancellationToken cancellationToken)
    {
        if (_unauthorized && route.BotAuth)
        {
            throw new DiscordRestException(route.Template, HttpStatusCode.Unauthorized, null, "the bot token was rejected earlier");
        }

        var wait = buckets.DelayFor(route);
        if (wait > TimeSpan.Zero)
        {
            metrics.RateLimitWait("bucket");
            await Task.Delay(wait, time, cancellationToken);
        }

        if (route.CountsTowardGlobalLimit)
        {
            await _globalLimit.WaitAsync(GlobalPerSecond, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(route, json);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        buckets.Observe(route, response.Headers);
        return response;
    }

    private async ValueTask NoteRetryAsync(RestRoute route, HttpRetry retry)
    {
        if (retry.Kind == HttpRetryKind.RateLimited)
        {
            // A global 429 holds every route, a route one its bucket, for as long as retry_after says.
            var limited = await ReadRateLimitAsync(retry.Response!, CancellationToken.None);
            Log.RateLimited(logger, route.Template, retry.Delay.TotalSeconds, limited.Global);
            buckets.Limited(route, limited.Global, retry.Delay);
            metrics.RateLimitWait("retry_after");
            return;
        }

        var reason = retry.Exception is { } error ? Reason(error) : "server error";
        Log.RetryingTransient(logger, route.Template, reason, retry.Delay.TotalMilliseconds, retry.Count);
    }

    private static string Reason(Exception error) =>
        error is HttpRequestException request ? request.HttpRequestError.ToString() : "timed out";

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? json)
    {
        var request = new HttpRequestMessage(route.Method, route.Path);
        if (route.BotAuth)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        }

        if (json is not null)
        {
            request.Content = new ByteArrayContent(json);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private static async ValueTask<RateLimit> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // The body's float is the precise value (the header has disagreed with it, api-docs #7394).
        var parsed = TryRead(await response.Content.ReadAsByteArrayAsync(cancellationToken), DiscordJsonContext.Default.RateLimitedBody);
        var retryAfter = parsed is { RetryAfter: >= 0 and < double.MaxValue } ? TimeSpan.FromSeconds(parsed.RetryAfter)
            : RateLimitBuckets.TryParseSeconds(RateLimitBuckets.Header(response.Headers, "Retry-After"), out var header) ? header
            : TimeSpan.FromSeconds(1);
        var scope = RateLimitBuckets.Header(response.Headers, "X-RateLimit-Scope");
        var global = parsed?.Global == true
            || string.Equals(RateLimitBuckets.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || scope == "global";
        return new RateLimit(retryAfter, global);
    }

    private static T? TryRead<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private readonly record struct RateLimit(TimeSpan RetryAfter, bool Global);
}
