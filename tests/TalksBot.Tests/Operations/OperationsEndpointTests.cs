using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using TalksBot.Cli;
using TalksBot.Core.Chat;
using TalksBot.Hosting;
using TalksBot.Load.Soak;
using TalksBot.TestKit;

namespace TalksBot.Tests.Operations;

/// <summary>/healthz, /readyz and /metrics on the host's own listener at 127.0.0.1, with a platform whose
/// connection the test controls.</summary>
public sealed class OperationsEndpointTests : IAsyncLifetime
{
    private readonly CorpusFixture _corpus = new();
    private readonly FakePlatform _platform = new();
    private readonly HttpClient _http = new();
    private IHost _host = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var bot = BotHost.Build(CommandLine.Parse(["run", "--urls=http://127.0.0.1:0", "--Knowledge:Watch=false", "--Knowledge:DataDirectory=" + _corpus.Directory]), [_platform]);
        _host = bot.Host;
        await _host.StartAsync();
        _address = new Uri(_host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _http.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task Healthz_AnswersWhileAPlatformIsDisconnected()
    {
        using var response = await _http.GetAsync(new Uri(_address, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await JsonAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_NotReadyUntilThePlatformConnects_ThenReady()
    {
        using var before = await _http.GetAsync(new Uri(_address, "/readyz"));
        var beforeBody = await JsonAsync(before);
        _platform.Connected = true;
        using var after = await _http.GetAsync(new Uri(_address, "/readyz"));
        var afterBody = await JsonAsync(after);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("Unhealthy", beforeBody.GetProperty("checks").GetProperty(FakePlatform.CheckName).GetProperty("status").GetString());
        Assert.Equal("Healthy", beforeBody.GetProperty("checks").GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(["data", "fake", "lifetime"], afterBody.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Readyz_NotReadyOnceShutdownBegins()
    {
        _platform.Connected = true;
        _host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        using var response = await _http.GetAsync(new Uri(_address, "/readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", (await JsonAsync(response)).GetProperty("checks").GetProperty("lifetime").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_CountAnsweredAndDeclinedQuestionsAndTimeThem()
    {
        // Meters are process-wide and other tests' hosts run alongside: this test's replies carry a surface of their own.
        var surface = "ops-" + Guid.NewGuid().ToString("N");
        var router = _host.Services.GetRequiredService<ICommandRouter>();
        var answered = await router.RouteAsync(new ChatMessage("who proposed neutrality", surface));
        var declined = await router.RouteAsync(new ChatMessage("what is the weather in paris", surface));

        var text = await _http.GetStringAsync(new Uri(_address, "/metrics"));

        Assert.Equal(ReplyKind.Answer, answered.Kind);
        Assert.Equal(ReplyKind.NoAnswer, declined.Kind);
        Assert.Contains("# TYPE talksbot_replies_total counter", text, StringComparison.Ordinal);
        Assert.Equal(1, Sample(text, "talksbot_replies_total", "kind=\"answer\"", surface));
        Assert.Equal(1, Sample(text, "talksbot_replies_total", "kind=\"no_answer\"", surface));
        Assert.Equal(2, Sample(text, "talksbot_reply_duration_seconds_count", surface));
    }

    [Fact]
    public async Task Metrics_CountTheEntriesOfTheInMemoryStores()
    {
        // A collector on this host's own meter factory: other tests' hosts in the process report their own stores.
        using var entries = new MetricCollector<int>(_host.Services.GetRequiredService<IMeterFactory>(), "TalksBot", "talksbot.memory.entries");
        var router = _host.Services.GetRequiredService<ICommandRouter>();
        entries.RecordObservableInstruments();
        var before = Latest(entries);
        await router.RouteAsync(new ChatMessage("who proposed neutrality", "ops", ConversationId: "c-1"));
        await router.RouteAsync(new ChatMessage("who proposed neutrality", "ops", ConversationId: "c-2"));
        entries.RecordObservableInstruments();
        var after = Latest(entries);

        var text = await _http.GetStringAsync(new Uri(_address, "/metrics"));

        Assert.Equal(0, before["conversations"]);
        Assert.Equal(2, after["conversations"]);
        Assert.True(after["rated_answers"] >= 2, $"rated answers: {after["rated_answers"]}");
        Assert.Contains("# TYPE talksbot_memory_entries gauge", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_last_collection_memory_committed_size_bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AsTheSoakReadsThem_GcCommittedMemoryAndStoreEntries()
    {
        var router = _host.Services.GetRequiredService<ICommandRouter>();
        await router.RouteAsync(new ChatMessage("who proposed neutrality", "ops", ConversationId: "c-soak"));

        var gauges = BotGauges.Parse(await _http.GetStringAsync(new Uri(_address, "/metrics")));

        Assert.True(gauges.GcCommittedMegabytes > 0, $"GC committed: {gauges.GcCommittedMegabytes}");
        Assert.Equal(["conversations", "follow_ups", "rated_answers"], gauges.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Readyz_WithRedisConfiguredButUnreachable_NotReadyNamingRedis()
    {
        _platform.Connected = true;
        var bot = BotHost.Build(
            CommandLine.Parse(["run", "--urls=http://127.0.0.1:0", "--Redis:Configuration=127.0.0.1:1,connectTimeout=200", "--Knowledge:Watch=false", "--Knowledge:DataDirectory=" + _corpus.Directory]),
            [_platform]);
        using var host = bot.Host;
        await host.StartAsync();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

        using var response = await _http.GetAsync(new Uri(address, "/readyz"));
        var checks = (await JsonAsync(response)).GetProperty("checks");
        await host.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty(FakePlatform.CheckName).GetProperty("status").GetString());
    }

    [Fact]
    public void NoListenerSettingAndNoHttpPlatform_NoListener()
    {
        var bot = BotHost.Build(CommandLine.Parse(["run", "--Knowledge:Watch=false", "--Knowledge:DataDirectory=" + _corpus.Directory]), [new FakePlatform()]);
        using var host = bot.Host;

        Assert.True(bot.PlatformsOn);
        Assert.Null(host.Services.GetService<IServer>());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The sum of a metric's samples whose labels contain every one of <paramref name="labels"/>.</summary>
    private static double Sample(string exposition, string name, params string[] labels) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<string, int> Latest(MetricCollector<int> collector) =>
        collector.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["store"]!).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
