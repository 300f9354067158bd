using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TalksBot.Delivery.Resilience;

/// <summary>Bounded HTTP retry on Polly 8 pipelines, all on the injected clock: a 429 waits the server's hint
/// (read by the protocol's <c>retryAfter</c>) within the <see cref="HttpRetryBudget"/>; a 5xx, a network failure
/// or an attempt timeout pauses with <see cref="ExponentialBackoff"/>; any other answer, 4xx included, comes back
/// at once. When a budget is spent the last answer is returned, or the last failure thrown, for the adapter to
/// turn into its own error.</summary>
public sealed class HttpRetryPipeline
{
    private static readonly ResiliencePropertyKey<CallState> CallKey = new("TalksBot.Delivery.HttpCall");

    private readonly HttpRetryBudget _budget;
    private readonly Func<HttpResponseMessage, CancellationToken, ValueTask<TimeSpan>> _retryAfter;
    private readonly ExponentialBackoff _backoff;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ResiliencePipeline _attempt;

    public HttpRetryPipeline(
        HttpRetryBudget budget,
        Func<HttpResponseMessage, CancellationToken, ValueTask<TimeSpan>> retryAfter,
        TimeProvider time,
        Func<double>? random = null)
    {
        _budget = budget;
        _retryAfter = retryAfter;
        _backoff = new ExponentialBackoff(budget.FirstTransientDelay, budget.MaxTransientDelay, BackoffJitter.Equal, random);
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // The two budgets are counted apart in ShouldRetryAsync; this is only their sum.
                MaxRetryAttempts = Math.Max(1, budget.MaxRateLimitRetries + budget.MaxTransientRetries),
                ShouldHandle = ShouldRetryAsync,
                DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(State(args.Context).Pending!.Delay),
                OnRetry = static args => NotifyAsync(State(args.Context), args.Outcome),
            })
            .Build();
        var attempt = new ResiliencePipelineBuilder { TimeProvider = time };
        if (budget.AttemptTimeout is { } timeout)
        {
            attempt.AddTimeout(timeout);
        }

        _attempt = attempt.Build();
    }

    /// <summary>True for a failure worth another attempt: no answer from the network, an attempt timeout, or
    /// HttpClient's own timeout (a cancellation the caller did not ask for).</summary>
    public static bool IsTransient(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException or TimeoutRejectedException
        || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>True for a failure before the request was sent (no connection, name or TLS), so the server
    /// cannot have acted on it; a timeout or a connection cut later may come after the server did.</summary>
    public static bool SurelyNotSent(Exception error) =>
        error is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    /// <summary>Runs <paramref name="call"/> until an answer is final or a budget is spent. The caller owns
    /// the returned answer.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpCall call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, new CallState(call));
        try
        {
            return await _retry.ExecuteAsync(static (context, self) => self.AttemptAsync(context), context, this);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context)
    {
        var call = State(context).Call;
        if (call.WaitTurn is { } waitTurn)
        {
            await waitTurn(context.CancellationToken);
        }

        return await _attempt.ExecuteAsync(static async (send, token) => await send(token), call.Send, context.CancellationToken);
    }

    private async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var state = State(args.Context);
        var cancellationToken = args.Context.CancellationToken;
        state.Pending = null;
        if (args.Outcome.Exception is { } error)
        {
            return IsTransient(error, cancellationToken) && (state.Call.Idempotent || SurelyNotSent(error)) && TryTransient(state);
        }

        var response = args.Outcome.Result!;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            if (state.RateLimited >= _budget.MaxRateLimitRetries)
            {
                return false;
            }

            var hint = await _retryAfter(response, cancellationToken);
            if (hint > _budget.MaxRetryAfter)
            {
                return false;
            }

            state.Pending = new HttpRetry(HttpRetryKind.RateLimited, ++state.RateLimited, hint < TimeSpan.Zero ? TimeSpan.Zero : hint, null, null);
            return true;
        }

        return (int)response.StatusCode >= 500 && TryTransient(state);
    }

    private bool TryTransient(CallState state)
    {
        if (state.Transient >= _budget.MaxTransientRetries)
        {
            return false;
        }

        state.Transient++;
        state.Pending = new HttpRetry(HttpRetryKind.Transient, state.Transient, _backoff.DelayFor(state.Transient), null, null);
        return true;
    }

    private static async ValueTask NotifyAsync(CallState state, Outcome<HttpResponseMessage> outcome)
    {
        try
        {
            if (state.Call.OnRetry is { } onRetry)
            {
                await onRetry(state.Pending! with { Response = outcome.Result, Exception = outcome.Exception });
            }
        }
        finally
        {
            // The answer that earned the retry is spent; the caller only ever owns the last one.
            outcome.Result?.Dispose();
        }
    }

    private static CallState State(ResilienceContext context) => context.Properties.GetValue(CallKey, null!);

    /// <summary>What one call has spent so far, and the retry its last outcome earned.</summary>
    private sealed class CallState(HttpCall call)
    {
        public HttpCall Call { get; } = call;

        public int RateLimited { get; set; }

        public int Transient { get; set; }

        public HttpRetry? Pending { get; set; }
    }
}
