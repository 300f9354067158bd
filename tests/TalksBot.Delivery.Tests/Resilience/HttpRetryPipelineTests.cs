using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;
using TalksBot.Delivery.Resilience;
using TalksBot.Delivery.Tests.Support;
using static TalksBot.Delivery.Tests.Support.ScriptedHandler;

namespace TalksBot.Delivery.Tests.Resilience;

public sealed class HttpRetryPipelineTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>How late past its pause a retry may be seen: the clock moves in steps, and a busy machine may
    /// register the pause a few steps after the answer that caused it.</summary>
    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(1);

    private static readonly HttpRetryBudget Budget = new(
        MaxRateLimitRetries: 3,
        MaxRetryAfter: TimeSpan.FromSeconds(60),
        MaxTransientRetries: 2,
        FirstTransientDelay: TimeSpan.FromSeconds(2),
        MaxTransientDelay: TimeSpan.FromSeconds(30),
        AttemptTimeout: TimeSpan.FromSeconds(15));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly List<HttpRetry> _retries = [];

    [Fact]
    public async Task TooManyRequests_WaitsTheRetryAfterHintOnTheClockThenSucceeds()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3)), Answer(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Pipeline());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Calls.Count);
        Assert.InRange(handler.Calls[1] - handler.Calls[0], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3) + Leeway);
        var retry = Assert.Single(_retries);
        Assert.Equal((HttpRetryKind.RateLimited, 1, TimeSpan.FromSeconds(3)), (retry.Kind, retry.Count, retry.Delay));
        Assert.Equal(HttpStatusCode.TooManyRequests, retry.Response!.StatusCode);
    }

    [Fact]
    public async Task AnAnswerThatEarnedARetry_IsDisposedOnceTheRetryIsUnderWay()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.ServiceUnavailable), Answer(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Pipeline());

        var spent = Assert.Single(_retries).Response!;
        await Assert.ThrowsAsync<ObjectDisposedException>(() => spent.Content.ReadAsStringAsync());
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TooManyRequestsBeyondTheBudget_ReturnsTheLastAnswer()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)));

        using var response = await RunAsync(handler, Pipeline());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1 + Budget.MaxRateLimitRetries, handler.Calls.Count);
        Assert.All(_retries, r => Assert.Equal(HttpRetryKind.RateLimited, r.Kind));
    }

    [Fact]
    public async Task RetryAfterLongerThanTheBudgetAllows_IsNotWaitedFor()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromHours(1)), Answer(HttpStatusCode.OK));

        using var response = await Pipeline().SendAsync(Call(handler), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(handler.Calls);
        Assert.Empty(_retries);
    }

    [Fact]
    public async Task ServiceUnavailableThenOk_RetriedAfterAJitteredBackoff()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.ServiceUnavailable), Answer(HttpStatusCode.OK));

        // The lowest jitter: half of the first delay.
        using var response = await RunAsync(handler, Pipeline(random: () => 0.0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Calls.Count);
        Assert.InRange(handler.Calls[1] - handler.Calls[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) + Leeway);
        Assert.Equal((HttpRetryKind.Transient, 1, TimeSpan.FromSeconds(1)), (_retries[0].Kind, _retries[0].Count, _retries[0].Delay));
    }

    [Fact]
    public async Task EndlessServerErrors_ExhaustTheBudgetWithGrowingPauses()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.InternalServerError));

        using var response = await RunAsync(handler, Pipeline(random: () => 0.999));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1 + Budget.MaxTransientRetries, handler.Calls.Count);
        Assert.Equal([1, 2], _retries.Select(r => r.Count));
        Assert.True(_retries[1].Delay > _retries[0].Delay);
        Assert.True(handler.Calls[2] - handler.Calls[1] >= _retries[1].Delay);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task ClientErrors_AreNeverRetried(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(_time, Answer(status), Answer(HttpStatusCode.OK));

        using var response = await Pipeline().SendAsync(Call(handler), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(status, response.StatusCode);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task NetworkFailures_RetriedThenThrownWhenTheBudgetIsSpent()
    {
        var handler = new ScriptedHandler(_time, NetworkFailure());

        var sending = Pipeline().SendAsync(Call(handler), CancellationToken.None);
        await _time.AdvanceUntilAsync(() => sending.IsCompleted, Step);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => sending);
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.True(HttpRetryPipeline.IsTransient(error, CancellationToken.None));
        Assert.Equal(1 + Budget.MaxTransientRetries, handler.Calls.Count);
        Assert.All(_retries, r => Assert.IsType<HttpRequestException>(r.Exception));
    }

    [Fact]
    public async Task AHungAttempt_TimesOutOnTheClockAndIsRetried()
    {
        var handler = new ScriptedHandler(_time, Hang(), Answer(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Pipeline(), step: TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(handler.Calls[1] - handler.Calls[0] >= Budget.AttemptTimeout!.Value);
        Assert.IsType<TimeoutRejectedException>(Assert.Single(_retries).Exception);
    }

    [Fact]
    public async Task NotIdempotent_AHungAttemptThatTimedOutIsNotRepeated()
    {
        var handler = new ScriptedHandler(_time, Hang(), Answer(HttpStatusCode.OK));

        var sending = Pipeline().SendAsync(Call(handler) with { Idempotent = false }, CancellationToken.None);
        await _time.AdvanceUntilAsync(() => sending.IsCompleted, TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => sending);
        Assert.Single(handler.Calls);
        Assert.Empty(_retries);
    }

    [Fact]
    public async Task NotIdempotent_AConnectionNeverMadeIsStillRetried()
    {
        var handler = new ScriptedHandler(_time, NetworkFailure(), Answer(HttpStatusCode.OK));

        using var response = await RunWith(Call(handler) with { Idempotent = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Calls.Count);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetried()
    {
        var handler = new ScriptedHandler(_time, Hang());
        using var cancel = new CancellationTokenSource();

        var sending = Pipeline().SendAsync(Call(handler), cancel.Token);
        await WaitForCallsAsync(handler, 1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Single(handler.Calls);
        Assert.Empty(_retries);
    }

    [Fact]
    public async Task WaitTurn_RunsBeforeEveryAttemptOutsideTheAttemptTimeout()
    {
        var handler = new ScriptedHandler(_time, Answer(HttpStatusCode.BadGateway), Answer(HttpStatusCode.OK));
        var turns = 0;
        var call = Call(handler) with
        {
            WaitTurn = async token =>
            {
                Interlocked.Increment(ref turns);
                await Task.Delay(TimeSpan.FromSeconds(20), _time, token);
            },
        };

        var sending = Pipeline().SendAsync(call, CancellationToken.None);
        await _time.AdvanceUntilAsync(() => sending.IsCompleted, TimeSpan.FromSeconds(1));
        using var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, turns);
        Assert.DoesNotContain(_retries, r => r.Exception is TimeoutRejectedException);
    }

    [Fact]
    public async Task RateLimitAndTransientBudgets_AreCountedApart()
    {
        var handler = new ScriptedHandler(
            _time,
            Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)),
            Answer(HttpStatusCode.ServiceUnavailable),
            Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)),
            Answer(HttpStatusCode.ServiceUnavailable),
            Answer(HttpStatusCode.ServiceUnavailable));

        using var response = await RunAsync(handler, Pipeline());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(5, handler.Calls.Count);
        Assert.Equal(
            [(HttpRetryKind.RateLimited, 1), (HttpRetryKind.Transient, 1), (HttpRetryKind.RateLimited, 2), (HttpRetryKind.Transient, 2)],
            _retries.Select(r => (r.Kind, r.Count)));
    }

    private HttpRetryPipeline Pipeline(Func<double>? random = null) =>
        new(Budget, static (response, _) => ValueTask.FromResult(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1)), _time, random);

    private HttpCall Call(ScriptedHandler handler)
    {
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpCall(
            token => client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/api/method"), token),
            OnRetry: retry =>
            {
                lock (_retries)
                {
                    _retries.Add(retry);
                }

                return ValueTask.CompletedTask;
            });
    }

    private async Task<HttpResponseMessage> RunAsync(ScriptedHandler handler, HttpRetryPipeline pipeline, TimeSpan? step = null)
    {
        var sending = pipeline.SendAsync(Call(handler), CancellationToken.None);
        await _time.AdvanceUntilAsync(() => sending.IsCompleted, step ?? Step);
        return await sending;
    }

    private async Task<HttpResponseMessage> RunWith(HttpCall call)
    {
        var sending = Pipeline().SendAsync(call, CancellationToken.None);
        await _time.AdvanceUntilAsync(() => sending.IsCompleted, Step);
        return await sending;
    }

    private static async Task WaitForCallsAsync(ScriptedHandler handler, int count)
    {
        for (var i = 0; i < 500 && handler.Calls.Count < count; i++)
        {
            await Task.Delay(10);
        }
    }
}
