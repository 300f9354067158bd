using Microsoft.Extensions.Logging.Abstractions;

namespace TalksBot.Semantic.Tests;

/// <summary>The packaged model, run for real: it loads offline and places a paraphrase nearer than
/// an unrelated sentence; statement vectors survive a restart through the cache file; loading leaves
/// no copy of the model behind.</summary>
public sealed class MiniLmEmbedderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talksbot-vectors-").FullName;

    private string CachePath => Path.Combine(_folder, "vectors", "cache.bin");

    [Fact]
    public void Paraphrase_IsNearerThanAnUnrelatedSentence()
    {
        using var embedder = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance);

        var question = embedder.EmbedQuestion("is the army pulling back from the capital?");
        var statements = embedder.EmbedStatements(["The military will reduce its activity around the capital city.", "The recipe needs two cups of flour."]);

        Assert.Equal(384, question.Length);
        Assert.True(Cosine(question, statements[0]) > Cosine(question, statements[1]) + 0.2);
        Assert.Equal(1.0, Cosine(statements[0], statements[0]), 3);
    }

    [Fact]
    public void AModelLoadThatFailsOnce_IsTriedAgain_AndASecondFailureIsReported()
    {
        var attempts = 0;
        var retried = new List<Exception>();

        var loaded = MiniLmEmbedder.LoadRetryingOnce(() => ++attempts == 1 ? throw new InvalidOperationException("flaky set-up") : "model", retried.Add);

        Assert.Equal("model", loaded);
        Assert.Equal("flaky set-up", Assert.Single(retried).Message);
        Assert.Throws<InvalidOperationException>(() => MiniLmEmbedder.LoadRetryingOnce<string>(() => throw new InvalidOperationException("broken"), _ => { }));
    }

    [Fact]
    public void StatementVectors_AreKeptInTheCacheFileAndReadBackAfterARestart()
    {
        string[] texts = ["First statement about a harbour.", "Second statement about a strike."];
        float[][] first;
        using (var embedder = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance))
        {
            first = embedder.EmbedStatements(texts);
        }

        Assert.Equal(4 + 4 + 4 + (2 * (16 + (384 * 4))), new FileInfo(CachePath).Length);
        var cache = new VectorCacheFile(CachePath).Read();
        Assert.Equal(first[0], cache[VectorCacheFile.KeyOf(texts[0])]);

        using var restarted = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance);
        Assert.Equal(first, restarted.EmbedStatements(texts));
    }

    [Fact]
    public void DamagedCacheFile_IsIgnoredAndRewritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        File.WriteAllBytes(CachePath, [.. "TBV1"u8, 1, 2, 3]);

        using var embedder = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance);
        var vectors = embedder.EmbedStatements(["A statement."]);

        Assert.Single(vectors);
        Assert.Single(new VectorCacheFile(CachePath).Read());
    }

    [Fact]
    public void LoadingTheModel_LeavesNoCopyOfItOnTheManagedHeap()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var embedder = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance);

        embedder.LoadModel();

        // The package reads its ~87 MB model into an array; no collection is forced here.
        var grown = GC.GetTotalMemory(forceFullCollection: false) - before;
        Assert.True(grown < 20 * 1024 * 1024, $"the managed heap grew by {grown / (1024 * 1024)} MB");
    }

    [Fact]
    public void AModelLoadedAgain_AfterItsAssemblyPagesWereDropped_EmbedsTheSame()
    {
        const string question = "did the delegations meet again?";
        float[] first;
        using (var embedder = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance))
        {
            first = embedder.EmbedQuestion(question);
        }

        using var again = new MiniLmEmbedder(CachePath, NullLogger<MiniLmEmbedder>.Instance);
        Assert.Equal(first, again.EmbedQuestion(question));
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
