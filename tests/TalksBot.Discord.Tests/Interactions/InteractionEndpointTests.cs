using System.Net;
using System.Text;
using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private const string Timestamp = "1648544400";

    private readonly SigningKey _discordKey = new();
    private readonly HttpClient _http = new();
    private FakeDiscordServer _fake = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync();
        _bot = await BotHost.StartAsync(_fake, BotHost.HttpOnly(_discordKey));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        _http.Dispose();
        _discordKey.Dispose();
    }

    [Fact]
    public async Task Ping_Signed_AnsweredInlineWithPong()
    {
        using var response = await PostAsync(GatewaySamples.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ask_Signed_AnsweredInlineWithEmbedAndNoCallback()
    {
        using var response = await PostAsync(GatewaySamples.Ask("who proposed neutrality"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains("Negotiator One", body.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Equal(0, body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.DoesNotContain(_fake.Requests, r => r.Path.StartsWith("interactions/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_SameInteractionPostedTwice_SecondRefusedWith409AndNotRouted()
    {
        using var first = await PostAsync(GatewaySamples.Ask("who proposed neutrality"));
        using var second = await PostAsync(GatewaySamples.Ask("who proposed neutrality"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Single(_bot.Router.Received);
    }

    [Fact]
    public async Task Autocomplete_Signed_AnsweredInlineWithChoices()
    {
        using var response = await PostAsync(GatewaySamples.Autocomplete("ask", "question", "neutral"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(8, body.GetProperty("type").GetInt32());
        Assert.Equal("Who proposed neutrality?", Assert.Single(body.GetProperty("data").GetProperty("choices").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TamperedBody_Rejected401()
    {
        var body = GatewaySamples.Ping();
        var signature = _discordKey.Sign(Timestamp, body);

        using var response = await PostRawAsync(body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal), signature, Timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TamperedTimestamp_Rejected401()
    {
        var body = GatewaySamples.Ping();

        using var response = await PostRawAsync(body, _discordKey.Sign(Timestamp, body), "1648544401");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignedWithAnotherKey_Rejected401()
    {
        using var other = new SigningKey();
        var body = GatewaySamples.Ping();

        using var response = await PostRawAsync(body, other.Sign(Timestamp, body), Timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null, Timestamp)]
    [InlineData("valid", null)]
    [InlineData("", Timestamp)]
    [InlineData("zz", Timestamp)]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-xx", Timestamp)]
    public async Task MissingOrMalformedHeaders_Rejected401(string? signature, string? timestamp)
    {
        var body = GatewaySamples.Ping();
        var sent = signature == "valid" ? _discordKey.Sign(Timestamp, body) : signature;

        using var response = await PostRawAsync(body, sent, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Router.Received);
    }

    [Fact]
    public async Task SignedGarbage_RejectedWithoutServerError()
    {
        const string body = "{not json";

        using var response = await PostRawAsync(body, _discordKey.Sign(Timestamp, body), Timestamp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(99)]
    public async Task UnknownType_Signed_Rejected400WithoutAnswering(int type)
    {
        var body = GatewaySamples.Ping().Replace("\"type\":1", $"\"type\":{type}", StringComparison.Ordinal);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Router.Received);
    }

    [Fact]
    public async Task ModalSubmit_Signed_IsADocumentedTypeAndAnswered()
    {
        var body = GatewaySamples.Ping().Replace("\"type\":1", "\"type\":5", StringComparison.Ordinal);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Ask_SlowRouter_DefersInlineThenEditsOriginal()
    {
        var deferred = await PostWithSlowRouterAsync(GatewaySamples.Ask("who proposed neutrality"));
        var edit = await _fake.WaitForRequestAsync("PATCH", $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}/messages/@original");

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.False(deferred.TryGetProperty("data", out _));
        Assert.Contains("Negotiator One", edit.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Help_SlowRouter_DefersEphemerally()
    {
        var deferred = await PostWithSlowRouterAsync(GatewaySamples.SlashCommand("help"));
        await _fake.WaitForRequestAsync("PATCH", "webhooks/");

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Endpoint_RouterNeverAnswers_StillRespondsWithinThreeRealSeconds()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var stuck = new FakeRouter { Hold = new TaskCompletionSource() };
        await using var bot = await BotHost.StartAsync(fake, BotHost.HttpOnly(_discordKey), stuck, realClock: true);
        var body = GatewaySamples.Ask("anything");
        var started = System.Diagnostics.Stopwatch.StartNew();

        using var response = await PostRawAsync(body, _discordKey.Sign(Timestamp, body), Timestamp, bot.HttpAddress!);

        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());

        // Shutdown waits for questions in flight: let this one finish rather than wait out the deadline.
        stuck.Hold.SetResult();
    }

    [Fact]
    public async Task Endpoint_WhenTurnedOff_IsNotMapped()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        var body = GatewaySamples.Ping();

        using var response = await PostRawAsync(body, _discordKey.Sign(Timestamp, body), Timestamp, bot.HttpAddress!);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Posts with the router held until the bot has answered the HTTP request, then releases it.</summary>
    [Fact]
    public async Task Ask_RouterBlocksSynchronously_StillDefersAfterTwoSeconds()
    {
        using var gate = new ManualResetEventSlim();
        _bot.Router.Answer = message =>
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            return SampleReplies.For(message);
        };
        try
        {
            using var response = await _bot.Time.AdvanceUntilAsync(PostAsync(GatewaySamples.Ask("who proposed neutrality")), TimeSpan.FromMilliseconds(250), maxSteps: 12);
            var deferred = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            gate.Set();
            var edit = await _fake.WaitForRequestAsync("PATCH", $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}/messages/@original");

            Assert.Equal(5, deferred.GetProperty("type").GetInt32());
            Assert.True(edit.Json.TryGetProperty("embeds", out _));
        }
        finally
        {
            gate.Set();
        }
    }

    private async Task<JsonElement> PostWithSlowRouterAsync(string body)
    {
        _bot.Router.Hold = new TaskCompletionSource();
        using var response = await _bot.Time.AdvanceUntilAsync(PostAsync(body), TimeSpan.FromMilliseconds(250), maxSteps: 12);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        _bot.Router.Hold.SetResult();
        return json;
    }

    private Task<HttpResponseMessage> PostAsync(string body) => PostRawAsync(body, _discordKey.Sign(Timestamp, body), Timestamp);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? signature, string? timestamp, Uri? address = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address ?? _bot.HttpAddress!, "/discord/interactions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return _http.SendAsync(request);
    }
}
