using Microsoft.Extensions.DependencyInjection;
using TalksBot.Cli;
using TalksBot.Core.Chat;
using TalksBot.Hosting;
using TalksBot.TestKit;

namespace TalksBot.Tests.Hosting;

/// <summary>The running host picks up an article dropped into data/articles, and refuses a broken
/// one while it keeps answering.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CorpusFixture _corpus = new();

    [Fact]
    public async Task RunningHost_ServesANewArticleWithoutARestart()
    {
        var bot = BotHost.Build(CommandLine.Parse(["chat", "--Knowledge:DataDirectory=" + _corpus.Directory]), []);
        using var host = bot.Host;
        await host.StartAsync();
        var router = host.Services.GetRequiredService<ICommandRouter>();

        _corpus.AddArticle(CorpusFixture.FollowUpArticle);
        var sources = await EventuallyAsync(router, "sources", r => r.Items.Count == 2);

        Assert.Contains(sources.Items, i => i.Title.StartsWith("Negotiators describe", StringComparison.Ordinal));

        await File.WriteAllTextAsync(Path.Combine(_corpus.ArticlesDirectory, "broken.json"), "not json");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var stillServing = await router.RouteAsync(new ChatMessage("what did interfax report", "test"));

        Assert.Equal(ReplyKind.Answer, stillServing.Kind);
        await host.StopAsync();
    }

    public void Dispose() => _corpus.Dispose();

    private static async Task<Reply> EventuallyAsync(ICommandRouter router, string text, Func<Reply, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var reply = await router.RouteAsync(new ChatMessage(text, "test"));
            if (done(reply) || DateTime.UtcNow > deadline)
            {
                return reply;
            }

            await Task.Delay(100);
        }
    }
}
