using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Resilience;

namespace TalksBot.Discord.Rest;

/// <summary>Sends one REST call: waits for its bucket and the global limit, obeys 429 <c>retry_after</c>,
/// retries 5xx and timeouts with backoff, and never retries 4xx. A 401 on the bot token is fatal.</summary>
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

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(8);

    private readonly SlidingWindowLimiter _globalLimit = new(time, TimeSpan.FromSeconds(1));
    private volatile bool _unauthorized;

    public async Task<byte[]> SendAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        var failures = 0;
        var rateLimited = 0;
        var backoff = new ExponentialBackoff(FirstRetryDelay, MaxRetryDelay);
        while (true)
        {
            if (_unauthorized && route.BotAuth)
            {
                throw new DiscordRestException(route.Template, HttpStatusCode.Unauthorized, null, "the bot token was rejected earlier");
            }

            // The wait after a 429 is the bucket that answer emptied; a wait before any 429 is one the headers foretold.
            await WaitForLimitsAsync(route, rateLimited > 0 ? "retry_after" : "bucket", cancellationToken);
            var outcome = await TrySendAsync(route, json, cancellationToken);
            switch (outcome)
            {
                case Outcome.Success success:
                    return success.Body;
                case Outcome.RateLimited limited when ++rateLimited <= MaxRateLimitRetries && limited.RetryAfter <= MaxRetryAfter:
                    Log.RateLimited(logger, route.Template, limited.RetryAfter.TotalSeconds, limited.Global);
                    buckets.Limited(route, limited.Global, limited.RetryAfter);
                    break;
                case Outcome.RateLimited limited:
                    throw new DiscordRestException(route.Template, HttpStatusCode.TooManyRequests, null, $"still rate limited (retry_after {limited.RetryAfter.TotalSeconds:0.###} s)");
                case Outcome.Transient transient when ++failures <= MaxTransientRetries:
                    var delay = backoff.Next();
                    Log.RetryingTransient(logger, route.Template, transient.Reason, delay.TotalMilliseconds, failures);
                    await Task.Delay(delay, time, cancellationToken);
                    break;
                case Outcome.Transient transient:
                    throw new DiscordRestException(route.Template, transient.Status, null, transient.Reason);
                case Outcome.Failed failed:
                    if (failed.Status == HttpStatusCode.Unauthorized && route.BotAuth)
                    {
                        _unauthorized = true;
                        fatal.Stop($"Discord rejected the bot token (HTTP 401 on {route.Method} {route.Template}); check Discord:Token.");
                    }

                    throw new DiscordRestException(route.Template, failed.Status, failed.Code, failed.Message ?? "request refused");
            }
        }
    }

    private async Task WaitForLimitsAsync(RestRoute route, string reason, CancellationToken cancellationToken)
    {
        var wait = buckets.DelayFor(route);
        if (wait > TimeSpan.Zero)
        {
            metrics.RateLimitWait(reason);
            await Task.Delay(wait, time, cancellationToken);
        }

        if (route.CountsTowardGlobalLimit)
        {
            await _globalLimit.WaitAsync(GlobalPerSecond, cancellationToken);
        }
    }

    private async Task<Outcome> TrySendAsync(RestRoute route, byte[]? json, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = BuildRequest(route, json);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            buckets.Observe(route, response.Headers);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            return Classify(response, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome.Transient(null, "timed out");
        }
        catch (HttpRequestException error)
        {
            return new Outcome.Transient(null, error.HttpRequestError.ToString());
        }
    }

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

    private static Outcome Classify(HttpResponseMessage response, byte[] body)
    {
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new Outcome.Success(body);
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            return RateLimit(response, body);
        }

        if ((int)status >= 500)
        {
            return new Outcome.Transient(status, "server error");
        }

        var error = TryRead(body, DiscordJsonContext.Default.ErrorBody);
        return new Outcome.Failed(status, error?.Code, error?.Message);
    }

    private static Outcome.RateLimited RateLimit(HttpResponseMessage response, byte[] body)
    {
        // The body's float is the precise value (the header has disagreed with it, api-docs #7394).
        var parsed = TryRead(body, DiscordJsonContext.Default.RateLimitedBody);
        var retryAfter = parsed is { RetryAfter: >= 0 and < double.MaxValue } ? TimeSpan.FromSeconds(parsed.RetryAfter)
            : RateLimitBuckets.TryParseSeconds(RateLimitBuckets.Header(response.Headers, "Retry-After"), out var header) ? header
            : TimeSpan.FromSeconds(1);
        var scope = RateLimitBuckets.Header(response.Headers, "X-RateLimit-Scope");
        var global = parsed?.Global == true
            || string.Equals(RateLimitBuckets.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || scope == "global";
        return new Outcome.RateLimited(retryAfter, global);
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

    private abstract record Outcome
    {
        public sealed record Success(byte[] Body) : Outcome;

        public sealed record RateLimited(TimeSpan RetryAfter, bool Global) : Outcome;

        public sealed record Transient(HttpStatusCode? Status, string Reason) : Outcome;

        public sealed record Failed(HttpStatusCode Status, int? Code, string? Message) : Outcome;
    }
}
