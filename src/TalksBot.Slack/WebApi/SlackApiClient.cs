using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Resilience;

namespace TalksBot.Slack.WebApi;

/// <summary>The Web API methods the bot calls, each as <c>POST {ApiBaseUrl}/{method}</c>, plus posts to
/// a <c>response_url</c>. Retries through <see cref="HttpRetryPipeline"/> within <see cref="RetryBudget"/> (429 after
/// Slack's Retry-After, 5xx and network failures with backoff) and paces posts per channel.</summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    ChannelPacer pacer,
    SlackMetrics metrics,
    TimeProvider time,
    ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "Slack";

    private readonly HttpRetryPipeline _retry = new(RetryBudget.Http, (response, _) => ValueTask.FromResult(RetryAfter(response.Headers.RetryAfter, time)), time);

    private readonly record struct Outcome(HttpStatusCode Status, string Body, string? Failure, TimeSpan? RetryAfter = null);

    public Task<ApiResponse> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync("auth.test", null, options.Value.BotToken!, cancellationToken);

    public Task<ApiResponse> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", null, options.Value.AppToken!, cancellationToken);

    public async Task<ApiResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(request.Channel, cancellationToken);
        return await CallAsync("chat.postMessage", () => JsonContent.Create(request, SlackJsonContext.Default.PostMessageRequest), options.Value.BotToken!, cancellationToken, idempotent: false);
    }

    public async Task<ApiResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(request.Channel, cancellationToken);
        return await CallAsync("chat.postEphemeral", () => JsonContent.Create(request, SlackJsonContext.Default.PostEphemeralRequest), options.Value.BotToken!, cancellationToken, idempotent: false);
    }

    public Task<ApiResponse> SetSuggestedPromptsAsync(SetSuggestedPromptsRequest request, CancellationToken cancellationToken) =>
        CallAsync("assistant.threads.setSuggestedPrompts", () => JsonContent.Create(request, SlackJsonContext.Default.SetSuggestedPromptsRequest), options.Value.BotToken!, cancellationToken);

    public Task<ApiResponse> SetStatusAsync(SetStatusRequest request, CancellationToken cancellationToken) =>
        CallAsync("assistant.threads.setStatus", () => JsonContent.Create(request, SlackJsonContext.Default.SetStatusRequest), options.Value.BotToken!, cancellationToken);

    /// <summary>Posts to a response_url: no token, the URL itself is the capability. Each attempt spends one of the
    /// URL's 5 posts in <paramref name="budget"/>. A post that replaces the original message may be repeated after
    /// an attempt with no answer (done twice, it still shows once); any other is not, like chat.postMessage.</summary>
    public async Task<ApiResponse> RespondAsync(Uri responseUrl, ResponseUrlMessage message, ResponseUrlBudget budget, CancellationToken cancellationToken)
    {
        Outcome outcome;
        try
        {
            outcome = await SendAsync(
                "response_url",
                () => new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, SlackJsonContext.Default.ResponseUrlMessage) },
                cancellationToken,
                idempotent: message.ReplaceOriginal,
                waitTurn: _ => budget.TryUse(responseUrl.AbsoluteUri) ? ValueTask.CompletedTask : throw new ResponseUrlSpentException());
        }
        catch (ResponseUrlSpentException)
        {
            Log.ResponseUrlExhausted(logger);
            return ApiResponse.Failed("response_url_spent");
        }

        if (outcome.Failure is null && (int)outcome.Status is >= 200 and < 300)
        {
            return new ApiResponse(true);
        }

        Log.ResponseUrlFailed(logger, (int)outcome.Status);
        return ApiResponse.Failed(outcome.Failure ?? $"http_{(int)outcome.Status}") with { RetryAfter = outcome.RetryAfter };
    }

    private async Task<ApiResponse> CallAsync(string method, Func<HttpContent>? content, string token, CancellationToken cancellationToken, bool idempotent = true)
    {
        var uri = new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/" + method);
        var outcome = await SendAsync(method, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content?.Invoke() ?? new FormUrlEncodedContent([]) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, cancellationToken, idempotent);

        var response = outcome.Failure is { } failure ? ApiResponse.Failed(failure) with { RetryAfter = outcome.RetryAfter } : Parse(outcome.Body);
        if (!response.Ok)
        {
            Log.ApiError(logger, method, response.Error ?? "unknown_error");
        }

        return response;
    }

    private async Task<Outcome> SendAsync(
        string label, Func<HttpRequestMessage> build, CancellationToken cancellationToken, bool idempotent = true, Func<CancellationToken, ValueTask>? waitTurn = null)
    {
        var call = new HttpCall(
            async token =>
            {
                using var request = build();
                return await httpClients.CreateClient(HttpClientName).SendAsync(request, token);
            },
            waitTurn,
            OnRetry: retry => NoteRetryAsync(label, retry),
            Idempotent: idempotent);
        try
        {
            using var response = await _retry.SendAsync(call, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Log.RateLimitBudgetExhausted(logger, label);
                return new Outcome(response.StatusCode, body, "ratelimited", RetryAfter(response.Headers.RetryAfter, time));
            }

            var failure = (int)response.StatusCode >= 500 ? $"http_{(int)response.StatusCode}" : null;
            return new Outcome(response.StatusCode, body, failure);
        }
        catch (Exception exception) when (HttpRetryPipeline.IsTransient(exception, cancellationToken))
        {
            return new Outcome(0, "", idempotent || HttpRetryPipeline.SurelyNotSent(exception) ? "connection_failed" : ApiResponse.Unconfirmed);
        }
    }

    private ValueTask NoteRetryAsync(string label, HttpRetry retry)
    {
        if (retry.Kind == HttpRetryKind.RateLimited)
        {
            Log.RateLimited(logger, label, retry.Delay.TotalSeconds);
            metrics.RateLimitWait();
        }
        else
        {
            var reason = retry.Response is { } response ? $"HTTP {(int)response.StatusCode}" : retry.Exception!.GetType().Name;
            Log.TransientFailure(logger, label, retry.Count, reason);
        }

        return ValueTask.CompletedTask;
    }

    private static TimeSpan RetryAfter(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > time.GetUtcNow() => date - time.GetUtcNow(),
        _ => RetryBudget.DefaultRetryAfter,
    };

    private static ApiResponse Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, Info) ?? ApiResponse.Failed("invalid_response");
        }
        catch (JsonException)
        {
            return ApiResponse.Failed("invalid_response");
        }
    }

    private static JsonTypeInfo<ApiResponse> Info => SlackJsonContext.Default.ApiResponse;
}
