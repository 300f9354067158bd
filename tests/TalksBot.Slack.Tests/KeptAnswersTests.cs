using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Tests;

/// <summary>Answers that Slack refused for a while (429, 5xx) are kept and posted later, once each and in the
/// channel's order, ephemeral messages and response_url posts too (within the URL's 5 posts); the queue's bounds
/// give up with a warning and a metric.</summary>
public sealed class KeptAnswersTests : IAsyncLifetime
{
    private const string GivenUp = "talksbot.slack.answers.given_up";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLoggerProvider _logs = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private FakeSlackServer _slack = null!;
    private ILoggerFactory _loggers = null!;
    private AnswerPoster? _poster;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
    }

    public async Task DisposeAsync()
    {
        _poster?.Dispose();
        _loggers.Dispose();
        await _slack.DisposeAsync();
        await _meters.DisposeAsync();
    }

    [Fact]
    public async Task StormOfTenRateLimits_ThenSuccess_EachAnswerPostedOnceInItsChannelsOrder()
    {
        var poster = Poster();
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(1), 10)]);

        var first = await PostWhileAdvancingAsync(poster, Message("C1", "first"));
        Assert.True(first.Ok);
        Assert.Equal(1, poster.Kept);
        var second = await poster.PostAsync(Message("C1", "second"), CancellationToken.None);
        Assert.True(second.Ok);
        Assert.Equal(2, poster.Kept);

        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => poster.Kept == 0, "the kept answers to be posted");

        var posted = _slack.CallsTo("chat.postMessage").Where(c => c.Status == 200).Select(c => c.Field("text")).ToList();
        Assert.Equal(["first", "second"], posted);
        Assert.Equal(10, _slack.CallsTo("chat.postMessage").Count(c => c.Status == 429));
        Assert.Contains(_logs.Entries, e => e.EventId == 4047);
        Assert.DoesNotContain(_logs.Entries, e => e.EventId == 4048);
    }

    [Fact]
    public async Task ServerErrorsBeyondTheBudget_AnswerKeptAndPostedLater()
    {
        var poster = Poster();
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.ServerError(), 6)]);

        Assert.True((await PostWhileAdvancingAsync(poster, Message("C1", "after the outage"))).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => poster.Kept == 0, "the kept answer to be posted");

        Assert.Equal("after the outage", Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Status == 200).Field("text"));
    }

    [Fact]
    public async Task QueueFull_NewestAnswerGivenUpWithAWarningAndTheMetric()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster(capacity: 1);
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(60), 20)]);

        Assert.True((await PostWhileAdvancingAsync(poster, Message("C1", "kept"), step: TimeSpan.FromSeconds(5))).Ok);
        var overflow = await poster.PostAsync(Message("C1", "one too many"), CancellationToken.None);

        Assert.False(overflow.Ok);
        Assert.Equal(1, poster.Kept);
        Assert.Contains(_logs.Entries, e => e.EventId == 4048 && e.Level == LogLevel.Warning && e.Message.Contains("overflow", StringComparison.Ordinal));
        var measurement = Assert.Single(givenUp.GetMeasurementSnapshot());
        Assert.Equal("overflow", measurement.Tags["reason"]);
        Assert.DoesNotContain(_slack.CallsTo("chat.postMessage"), c => c.Field("text") == "one too many");
    }

    [Fact]
    public async Task RateLimitedPastTheMaximumAge_GivenUpWithAWarningAndTheMetric()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster(maxAge: TimeSpan.FromMinutes(2));
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(20), 200)]);

        Assert.True((await PostWhileAdvancingAsync(poster, Message("C1", "too late"), step: TimeSpan.FromSeconds(5))).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromSeconds(5), () => poster.Kept == 0, "the kept answer to expire");

        Assert.Contains(_logs.Entries, e => e.EventId == 4048 && e.Level == LogLevel.Warning && e.Message.Contains("expired", StringComparison.Ordinal));
        Assert.Equal("expired", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.DoesNotContain(_slack.CallsTo("chat.postMessage"), c => c.Status == 200);
    }

    [Fact]
    public async Task PostThatTimedOutAfterSlackPostedIt_IsNotPostedAgain()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        // The request must reach the fake before the client gives up: 300 ms was too short on a loaded machine (the fake had
        // recorded no call yet).
        var poster = Poster(httpTimeout: TimeSpan.FromSeconds(2));
        _slack.Script("chat.postMessage", FakeResponse.Ok("""{"ok":true,"channel":"C1","ts":"1648555200.000001"}""") with { Delay = TimeSpan.FromSeconds(10) });

        var response = await poster.PostAsync(Message("C1", "posted but slow"), CancellationToken.None).WaitAsync(Eventually.Timeout);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromSeconds(1), () => _time.GetUtcNow() > new DateTimeOffset(2022, 3, 29, 12, 1, 0, TimeSpan.Zero), "a minute to pass");

        Assert.Equal(ApiResponse.Unconfirmed, response.Error);
        Assert.Equal(0, poster.Kept);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Contains(_logs.Entries, e => e.EventId == 4049);
        Assert.Equal("unconfirmed", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task Shutdown_TriesKeptAnswersOnceMore_AndCountsWhatIsLost()
    {
        var poster = Poster();
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(60), 4)]);
        Assert.True((await PostWhileAdvancingAsync(poster, Message("C1", "posted at shutdown"), step: TimeSpan.FromSeconds(5))).Ok);

        var lost = await poster.FlushAsync(CancellationToken.None).WaitAsync(Eventually.Timeout);

        Assert.Equal(0, lost);
        Assert.Equal("posted at shutdown", Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Status == 200).Field("text"));
        Assert.Contains(_logs.Entries, e => e.EventId == 4050 && e.Message.Contains("0 kept answers lost, 1 posted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShutdownDeadlinePassed_KeptAnswersLoggedAsLost()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster();
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(60), 4)]);
        Assert.True((await PostWhileAdvancingAsync(poster, Message("C1", "lost"), step: TimeSpan.FromSeconds(5))).Ok);
        Assert.True((await poster.PostAsync(Message("C2", "posted"), CancellationToken.None)).Ok);
        Assert.True((await poster.PostAsync(Message("C1", "lost too"), CancellationToken.None)).Ok);

        var lost = await poster.FlushAsync(new CancellationToken(canceled: true)).WaitAsync(Eventually.Timeout);

        Assert.Equal(2, lost);
        Assert.Contains(_logs.Entries, e => e.EventId == 4050 && e.Message.Contains("2 kept answers lost, 0 posted", StringComparison.Ordinal));
        Assert.All(givenUp.GetMeasurementSnapshot(), m => Assert.Equal("shutdown", m.Tags["reason"]));
        Assert.Equal(2, givenUp.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task ResponseUrl_RateLimitedPastTheCallsBudget_ThenAccepted_PostedOnce()
    {
        var poster = Poster();
        var url = new Uri(_slack.NewResponseUrl());
        _slack.Script(FakeSlackServer.ResponseUrls, [.. Enumerable.Repeat(FakeResponse.RateLimited(1), 4)]);

        Assert.True((await WhileAdvancingAsync(poster.RespondAsync(url, Response("the answer"), "C1", CancellationToken.None))).Ok);
        Assert.Equal(1, poster.Kept);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => poster.Kept == 0, "the kept response to be posted");

        var calls = _slack.CallsToResponseUrl(url.AbsoluteUri);
        Assert.Equal([429, 429, 429, 429, 200], calls.Select(c => c.Status));
        Assert.Equal("the answer", calls[^1].Field("text"));
        Assert.Contains(_logs.Entries, e => e.EventId == 4047 && e.Message.Contains("C1 (response_url)", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains(url.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResponseUrl_ServerErrorStorm_StopsAtItsFivePosts_GivenUpWithTheMetric()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster();
        var url = new Uri(_slack.NewResponseUrl());
        _slack.Script(FakeSlackServer.ResponseUrls, [.. Enumerable.Repeat(FakeResponse.ServerError(), 50)]);

        Assert.True((await WhileAdvancingAsync(poster.RespondAsync(url, Response("never"), "C1", CancellationToken.None))).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromSeconds(1), () => poster.Kept == 0, "the kept response to be given up");

        Assert.Equal(ResponseUrlBudget.MaxUses, _slack.CallsToResponseUrl(url.AbsoluteUri).Count);
        Assert.Contains(_logs.Entries, e => e.EventId == 4042);
        Assert.Contains(_logs.Entries, e => e.EventId == 4048 && e.Level == LogLevel.Warning && e.Message.Contains("refused", StringComparison.Ordinal));
        Assert.Equal("refused", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task ResponseUrl_RateLimitedPastItsThirtyMinutes_GivenUpAsExpiredWithTheMetric()
    {
        // Stamped on the fake clock: when the response was given up, however far the wait below runs on.
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp, _time);
        var poster = Poster(maxAge: TimeSpan.FromHours(1));
        var url = new Uri(_slack.NewResponseUrl());
        var first = _time.GetUtcNow();
        _slack.Script(FakeSlackServer.ResponseUrls, [.. Enumerable.Repeat(FakeResponse.RateLimited(20 * 60), 10)]);

        Assert.True((await WhileAdvancingAsync(poster.RespondAsync(url, Response("too late"), "C1", CancellationToken.None))).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromSeconds(20), () => poster.Kept == 0, "the kept response to expire");

        var warning = Assert.Single(_logs.Entries, e => e.EventId == 4048);
        Assert.Contains("expired", warning.Message, StringComparison.Ordinal);
        var expired = Assert.Single(givenUp.GetMeasurementSnapshot());
        Assert.Equal("expired", expired.Tags["reason"]);
        Assert.InRange(expired.Timestamp - first, ResponseUrlBudget.Window, ResponseUrlBudget.Window + TimeSpan.FromMinutes(1));
        Assert.Equal(2, _slack.CallsToResponseUrl(url.AbsoluteUri).Count);
    }

    [Fact]
    public async Task ResponseUrl_ConnectionDropped_NewMessageNotPostedAgain_ButAReplacementIs()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster();
        var (message, replacement) = (new Uri(_slack.NewResponseUrl()), new Uri(_slack.NewResponseUrl()));

        _slack.Script(FakeSlackServer.ResponseUrls, FakeResponse.ConnectionDropped());
        var unconfirmed = await WhileAdvancingAsync(poster.RespondAsync(message, Response("maybe posted"), "C1", CancellationToken.None));
        _slack.Script(FakeSlackServer.ResponseUrls, FakeResponse.ConnectionDropped());
        var replaced = await WhileAdvancingAsync(poster.RespondAsync(replacement, Response("replaces") with { ReplaceOriginal = true }, "C1", CancellationToken.None));

        Assert.Equal(ApiResponse.Unconfirmed, unconfirmed.Error);
        Assert.Single(_slack.CallsToResponseUrl(message.AbsoluteUri));
        Assert.Equal("unconfirmed", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.True(replaced.Ok);
        Assert.Equal([0, 200], _slack.CallsToResponseUrl(replacement.AbsoluteUri).Select(c => c.Status));
    }

    [Fact]
    public async Task Ephemeral_RateLimitedPastTheCallsBudget_ThenAccepted_PostedOnceBehindNothingElse()
    {
        var poster = Poster();
        _slack.Script("chat.postEphemeral", [.. Enumerable.Repeat(FakeResponse.RateLimited(1), 4)]);

        Assert.True((await WhileAdvancingAsync(poster.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", "only you", []), CancellationToken.None))).Ok);
        Assert.True((await poster.PostAsync(Message("C1", "after it"), CancellationToken.None)).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => poster.Kept == 0, "the kept answers to be posted");

        Assert.Equal(1, _slack.CallsTo("chat.postEphemeral").Count(c => c.Status == 200));
        Assert.Equal("after it", Assert.Single(_slack.CallsTo("chat.postMessage")).Field("text"));
    }

    [Fact]
    public async Task Ephemeral_ServerErrorsPastTheMaximumAge_GivenUpAsExpiredWithTheMetric()
    {
        using var givenUp = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, GivenUp);
        var poster = Poster(maxAge: TimeSpan.FromMinutes(2));
        _slack.Script("chat.postEphemeral", [.. Enumerable.Repeat(FakeResponse.ServerError(), 400)]);

        Assert.True((await WhileAdvancingAsync(poster.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", "too late", []), CancellationToken.None))).Ok);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromSeconds(1), () => poster.Kept == 0, "the kept answer to expire");

        Assert.Contains(_logs.Entries, e => e.EventId == 4048 && e.Level == LogLevel.Warning && e.Message.Contains("expired", StringComparison.Ordinal));
        Assert.Equal("expired", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.DoesNotContain(_slack.CallsTo("chat.postEphemeral"), c => c.Status == 200);
    }

    [Fact]
    public async Task Shutdown_TriesAKeptResponseUrlPostOnceMore()
    {
        var poster = Poster();
        var url = new Uri(_slack.NewResponseUrl());
        _slack.Script(FakeSlackServer.ResponseUrls, [.. Enumerable.Repeat(FakeResponse.RateLimited(60), 4)]);
        Assert.True((await WhileAdvancingAsync(poster.RespondAsync(url, Response("at shutdown"), "C1", CancellationToken.None), TimeSpan.FromSeconds(5))).Ok);

        var lost = await poster.FlushAsync(CancellationToken.None).WaitAsync(Eventually.Timeout);

        Assert.Equal(0, lost);
        Assert.Equal("at shutdown", Assert.Single(_slack.CallsToResponseUrl(url.AbsoluteUri), c => c.Status == 200).Field("text"));
    }

    /// <summary>Posts and advances fake time until the first try (Retry-After waits within the budget included) ends.</summary>
    private Task<ApiResponse> PostWhileAdvancingAsync(AnswerPoster poster, PostMessageRequest request, TimeSpan? step = null) =>
        WhileAdvancingAsync(poster.PostAsync(request, CancellationToken.None), step);

    private async Task<ApiResponse> WhileAdvancingAsync(Task<ApiResponse> posting, TimeSpan? step = null)
    {
        await Eventually.TrueWhileAdvancingAsync(_time, step ?? TimeSpan.FromMilliseconds(250), () => posting.IsCompleted, "the first try to end");
        return await posting;
    }

    private static ResponseUrlMessage Response(string text) => new("ephemeral", text, [new SectionBlock(TextObject.Mrkdwn(text))]);

    private AnswerPoster Poster(int capacity = 100, TimeSpan? maxAge = null, TimeSpan? httpTimeout = null)
    {
        var options = Options.Create(new SlackOptions
        {
            BotToken = BotHost.BotToken,
            AppToken = BotHost.AppToken,
            ApiBaseUrl = _slack.ApiBaseUrl,
            RetryQueueCapacity = capacity,
            RetryQueueMaxAge = maxAge ?? TimeSpan.FromMinutes(10),
        });
        var metrics = new SlackMetrics(_meters.GetRequiredService<IMeterFactory>());
        var api = new SlackApiClient(new TimeoutClientFactory(httpTimeout ?? TimeSpan.FromSeconds(100)), options, new ChannelPacer(_time), metrics, _time, _loggers.CreateLogger<SlackApiClient>());
        _poster = new AnswerPoster(api, new ResponseUrlBudget(_time), options, metrics, _time, _loggers.CreateLogger<AnswerPoster>());
        return _poster;
    }

    private static PostMessageRequest Message(string channel, string text) => new(channel, text, [new SectionBlock(TextObject.Mrkdwn(text))]);

    private sealed class TimeoutClientFactory(TimeSpan timeout) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new() { Timeout = timeout };
    }
}
