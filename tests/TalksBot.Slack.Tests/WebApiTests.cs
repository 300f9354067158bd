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

public sealed class WebApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLoggerProvider _logs = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private FakeSlackServer _slack = null!;
    private SlackApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var options = Options.Create(new SlackOptions { BotToken = BotHost.BotToken, AppToken = BotHost.AppToken, ApiBaseUrl = _slack.ApiBaseUrl });
        using var factory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        var metrics = new SlackMetrics(_meters.GetRequiredService<IMeterFactory>());
        _api = new SlackApiClient(new SingleClientFactory(), options, new ChannelPacer(_time), metrics, _time, factory.CreateLogger<SlackApiClient>());
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _meters.DisposeAsync();
    }

    [Fact]
    public async Task RateLimited_WaitsExactlyRetryAfterOnTheClockThenSucceeds()
    {
        using var waits = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, "talksbot.slack.rate_limit.waits");
        _slack.Script("chat.postMessage", FakeResponse.RateLimited(30));

        var posting = _api.PostMessageAsync(Message("C1"), CancellationToken.None);
        await Eventually.TrueAsync(() => _logs.Entries.Any(e => e.EventId == 4003), "the rate limit to be noticed");
        await Eventually.SettleAsync();
        _time.Advance(TimeSpan.FromSeconds(29));
        await Eventually.SettleAsync();
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        _time.Advance(TimeSpan.FromSeconds(1));

        var response = await posting.WaitAsync(Eventually.Timeout);
        Assert.True(response.Ok);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(1, Assert.Single(waits.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task RateLimitedBeyondTheBudget_GivesUpInsteadOfLoopingForever()
    {
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(1), RetryBudget.MaxRateLimitRetries + 1)]);

        var posting = _api.PostMessageAsync(Message("C1"), CancellationToken.None);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(500), () => posting.IsCompleted, "the call to give up");

        var response = await posting;
        Assert.False(response.Ok);
        Assert.Equal("ratelimited", response.Error);
        Assert.Equal(RetryBudget.MaxRateLimitRetries + 1, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task RetryAfterLongerThanTheBudget_IsNotWaitedFor()
    {
        _slack.Script("chat.postMessage", FakeResponse.RateLimited(3600));

        var response = await _api.PostMessageAsync(Message("C1"), CancellationToken.None).WaitAsync(Eventually.Timeout);

        Assert.Equal("ratelimited", response.Error);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task OkFalse_ReturnedAndLoggedWithItsErrorCode()
    {
        _slack.Script("chat.postMessage", FakeResponse.Error("channel_not_found"));

        var response = await _api.PostMessageAsync(Message("C404"), CancellationToken.None);

        Assert.False(response.Ok);
        Assert.Equal("channel_not_found", response.Error);
        Assert.Contains(_logs.Entries, e => e.EventId == 4002 && e.Message.Contains("chat.postMessage failed: channel_not_found", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("secretbottoken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerError_RetriedAfterAPauseThenSucceeds()
    {
        _slack.Script("chat.postMessage", FakeResponse.ServerError());

        var posting = _api.PostMessageAsync(Message("C1"), CancellationToken.None);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => posting.IsCompleted, "the retry");

        Assert.True((await posting).Ok);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PersistentServerError_FailsAfterBoundedRetries()
    {
        _slack.Script("auth.test", [.. Enumerable.Repeat(FakeResponse.ServerError(), RetryBudget.MaxTransientRetries + 1)]);

        var calling = _api.AuthTestAsync(CancellationToken.None);
        await Eventually.TrueWhileAdvancingAsync(_time, TimeSpan.FromMilliseconds(250), () => calling.IsCompleted, "the call to fail");

        Assert.Equal("http_503", (await calling).Error);
        Assert.Equal(RetryBudget.MaxTransientRetries + 1, _slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task PostsToOneChannel_SpacedAboutASecondApart_OtherChannelsNotHeldUp()
    {
        var first = _api.PostMessageAsync(Message("C1"), CancellationToken.None);
        var second = _api.PostMessageAsync(Message("C1"), CancellationToken.None);
        var elsewhere = _api.PostMessageAsync(Message("C2"), CancellationToken.None);

        await Task.WhenAll(first, elsewhere).WaitAsync(Eventually.Timeout);
        await Eventually.SettleAsync();
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await Eventually.SettleAsync();
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True((await second.WaitAsync(Eventually.Timeout)).Ok);
    }

    [Fact]
    public async Task EveryMethod_IsPostedToApiBaseUrlWithTheRightToken()
    {
        await _api.AuthTestAsync(CancellationToken.None);
        await _api.OpenConnectionAsync(CancellationToken.None);
        await _api.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", "hi", []), CancellationToken.None);

        Assert.Equal("Bearer " + BotHost.BotToken, Assert.Single(_slack.CallsTo("auth.test")).Authorization);
        Assert.Equal("Bearer " + BotHost.AppToken, Assert.Single(_slack.CallsTo("apps.connections.open")).Authorization);
        var ephemeral = Assert.Single(_slack.CallsTo("chat.postEphemeral"));
        Assert.StartsWith("application/json", ephemeral.ContentType, StringComparison.Ordinal);
        Assert.Equal("U1", ephemeral.Field("user"));
    }

    private static PostMessageRequest Message(string channel) => new(channel, "hello", [new SectionBlock(TextObject.Mrkdwn("hello"))]);

    private sealed class SingleClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
