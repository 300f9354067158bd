using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rest;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Rest;

[Collection(ProcessExitCode.Name)]
public sealed class RestTransportTests : HttpOnlyBot
{
    private static readonly MessagePayload Message = new("hello");

    private DiscordApi Api => Bot.Services.GetRequiredService<DiscordApi>();

    [Theory]
    [InlineData(null)]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task TooManyRequests_RetriesOnlyAfterRetryAfterOnTheClock(string? scope)
    {
        Fake.Script(ScriptedResponse.TooManyRequests("POST", "channels/1/messages", retryAfter: 2.5, scope));

        var sending = Api.CreateMessageAsync("1", Message, CancellationToken.None);
        var first = await Fake.WaitForRequestAsync("POST", "channels/1/messages");
        var second = await Bot.Time.AdvanceUntilAsync(Fake.WaitForRequestAsync("POST", "channels/1/messages"), TimeSpan.FromMilliseconds(100));
        await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.InRange(second.ReceivedAt - first.ReceivedAt, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(3.5));
        Assert.Contains(Bot.Logs.Entries, e => e.Id.Id == 3030);
    }

    [Fact]
    public async Task GlobalTooManyRequests_HoldsEveryRoute()
    {
        Fake.Script(ScriptedResponse.TooManyRequests("POST", "channels/1/messages", retryAfter: 1, global: true));

        var first = Api.CreateMessageAsync("1", Message, CancellationToken.None);
        await Fake.WaitForRequestAsync("POST", "channels/1/messages");
        await Bot.WaitForLogAsync(3030);
        await Task.Delay(20);
        var other = Api.CreateMessageAsync("2", Message, CancellationToken.None);
        await Task.Delay(100);
        var otherSentEarly = Fake.Requests.Any(r => r.Path == "channels/2/messages");
        Bot.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(otherSentEarly);
        Assert.Equal(2, Fake.Requests.Count(r => r.Path == "channels/1/messages"));
    }

    [Fact]
    public async Task BucketExhausted_WaitsForResetAfterOnThatRouteOnly()
    {
        Fake.Script(new ScriptedResponse("POST", "channels/5/messages", 200, GatewaySamples.CreatedMessage, new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "3.0",
            ["X-RateLimit-Bucket"] = "bucket-5",
        }));
        await Api.CreateMessageAsync("5", Message, CancellationToken.None);

        var same = Api.CreateMessageAsync("5", Message, CancellationToken.None);
        await Api.CreateMessageAsync("6", Message, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var sameSentEarly = Fake.Requests.Count(r => r.Path == "channels/5/messages") > 1;
        Bot.Time.Advance(TimeSpan.FromSeconds(3));
        await same.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(sameSentEarly);
    }

    [Fact]
    public async Task ServerErrors_RetriedWithBackoffThenSucceed()
    {
        Fake.Script(new ScriptedResponse("POST", "channels/7/messages", 502));
        Fake.Script(new ScriptedResponse("POST", "channels/7/messages", 500));

        await Bot.Time.AdvanceUntilAsync(Send("7"), TimeSpan.FromMilliseconds(250));

        var attempts = Fake.Requests.Where(r => r.Path == "channels/7/messages").ToList();
        Assert.Equal(3, attempts.Count);
        Assert.True(attempts[1].ReceivedAt > attempts[0].ReceivedAt);
        Assert.True(attempts[2].ReceivedAt - attempts[1].ReceivedAt >= attempts[1].ReceivedAt - attempts[0].ReceivedAt);
    }

    [Fact]
    public async Task ServerErrors_GiveUpAfterBoundedRetries()
    {
        for (var i = 0; i < 5; i++)
        {
            Fake.Script(new ScriptedResponse("POST", "channels/8/messages", 503));
        }

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Bot.Time.AdvanceUntilAsync(Send("8"), TimeSpan.FromMilliseconds(500)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(1 + RestTransport.MaxTransientRetries, Fake.Requests.Count(r => r.Path == "channels/8/messages"));
    }

    [Fact]
    public async Task Timeout_RetriedOnTheClock()
    {
        Fake.Script(ScriptedResponse.Hung("POST", "channels/9/messages"));

        await Bot.Time.AdvanceUntilAsync(Send("9"), TimeSpan.FromSeconds(1));

        Assert.Equal(2, Fake.Requests.Count(r => r.Path == "channels/9/messages"));
    }

    [Fact]
    public async Task Forbidden_NotRetriedAndNotFatal()
    {
        Fake.Script(new ScriptedResponse("POST", "channels/10/messages", 403, """{"message":"Missing Permissions","code":50013}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Api.CreateMessageAsync("10", Message, CancellationToken.None));

        Assert.Equal(50013, error.Code);
        Assert.Single(Fake.Requests, r => r.Path == "channels/10/messages");
        Assert.False(Bot.Stopping.IsCompleted);
    }

    [Fact]
    public async Task Unauthorized_StopsTheHostAndSendsNothingMore()
    {
        Fake.Script(new ScriptedResponse("POST", "channels/11/messages", 401, """{"message":"401: Unauthorized","code":0}"""));

        await Assert.ThrowsAsync<DiscordRestException>(() => Api.CreateMessageAsync("11", Message, CancellationToken.None));
        await Bot.Stopping.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<DiscordRestException>(() => Api.CreateMessageAsync("12", Message, CancellationToken.None));

        Assert.NotEqual(0, Environment.ExitCode);
        Assert.Single(Fake.Requests, r => r.Path.StartsWith("channels/", StringComparison.Ordinal));
        Assert.Contains("401", Assert.Single(Bot.Logs.Entries, e => e.Id.Id == 3000).Message);
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.Message.Contains(BotHost.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GlobalLimit_AtMostFiftyRequestsPerSecond()
    {
        // The command registration at start already used one request of this (fake, unmoving) second.
        var sends = Enumerable.Range(100, 60).Select(i => Send(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await Bot.Time.AdvanceUntilAsync(() => Fake.Requests.Count >= RestTransport.GlobalPerSecond, TimeSpan.Zero, maxSteps: 200);
        await Task.Delay(100);
        var inFirstSecond = Fake.Requests.Count;
        Bot.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RestTransport.GlobalPerSecond, inFirstSecond);
        Assert.Equal(61, Fake.Requests.Count);
    }

    [Fact]
    public async Task Requests_CarryBotAuthorizationUserAgentAndJson()
    {
        await Api.CreateMessageAsync("13", Message, CancellationToken.None);

        var sent = await Fake.WaitForRequestAsync("POST", "channels/13/messages");
        Assert.Equal("Bot " + BotHost.Token, sent.Header("Authorization"));
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [0-9.]+\)", sent.Header("User-Agent"));
        Assert.StartsWith("application/json", sent.Header("Content-Type"));
    }

    private Task<byte[]> Send(string channel) =>
        Api.CreateMessageAsync(channel, Message, CancellationToken.None).ContinueWith(t => t.IsCompletedSuccessfully ? Array.Empty<byte>() : throw t.Exception!.InnerException!, TaskScheduler.Default);
}
