using Microsoft.Extensions.Logging;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Loading;

public sealed class KnowledgeReloaderTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly KnowledgeStore _store;
    private readonly ListLogger<KnowledgeReloader> _log = new();
    private readonly KnowledgeReloader _reloader;
    private readonly QueryEngine _engine;

    public KnowledgeReloaderTests()
    {
        _store = new KnowledgeStore(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
        _reloader = new KnowledgeReloader(_store, _corpus.Directory, TimeProvider.System, _log);
        _engine = new QueryEngine(_store);
    }

    [Fact]
    public void NothingChanged_KeepsTheSnapshot()
    {
        var before = _store.Current;

        Assert.False(_reloader.ReloadIfChanged());
        Assert.Same(before, _store.Current);
    }

    [Fact]
    public void NewArticle_IsServedAfterReload()
    {
        Assert.False(_engine.Ask("what did interfax report").Answered);

        _corpus.AddArticle(CorpusFixture.FollowUpArticle);

        Assert.True(_reloader.ReloadIfChanged());
        Assert.Equal("Interfax", _engine.Ask("what did interfax report").Citations[0].Via);
    }

    [Fact]
    public void RemovedArticle_IsNoLongerServed()
    {
        _corpus.AddArticle(CorpusFixture.FollowUpArticle);
        _reloader.ReloadIfChanged();

        File.Delete(Path.Combine(_corpus.ArticlesDirectory, CorpusFixture.FollowUpArticle));

        Assert.True(_reloader.ReloadIfChanged());
        Assert.Single(_store.Current.Articles);
    }

    [Fact]
    public void BadFile_IsRefusedNamingItAndThePreviousDataKeepsServing()
    {
        var before = _store.Current;
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "half-written.json"), "{ \"id\": \"half\", ");

        Assert.False(_reloader.ReloadIfChanged());

        Assert.Same(before, _store.Current);
        Assert.True(_engine.Ask("who proposed neutrality").Answered);
        var line = Assert.Single(_log.Lines, l => l.Level == LogLevel.Error);
        Assert.Contains("half-written.json", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionInFlight_KeepsTheSnapshotItStartedWith()
    {
        var snapshot = _store.Current;
        var inFlight = new QueryEngine(new KnowledgeStore(snapshot));
        var before = inFlight.Ask("what did kirby say");

        _corpus.AddArticle(CorpusFixture.FollowUpArticle);
        _reloader.ReloadIfChanged();

        Assert.NotSame(snapshot, _store.Current);
        Assert.Single(snapshot.Articles);
        Assert.Equal(before.Citations, inFlight.Ask("what did kirby say").Citations);
    }

    public void Dispose() => _corpus.Dispose();
}
