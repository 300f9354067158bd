using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Index;

namespace TalksBot.Core.Semantic;

/// <summary>Statement vectors for each loaded snapshot, built in the background (answers stay
/// lexical until they are ready), and the nearest statements to a question by cosine.</summary>
public sealed class SemanticSearch(ISentenceEmbedder? embedder, ILogger<SemanticSearch> logger)
{
    private const int MaxRememberedQuestions = 4096;

    private readonly ConditionalWeakTable<KnowledgeIndex, Task<StatementVectors?>> _vectors = [];
    private readonly ConcurrentDictionary<string, float[]> _questions = new(StringComparer.Ordinal);
    private volatile bool _failed;

    public static SemanticSearch None { get; } = new(null, Microsoft.Extensions.Logging.Abstractions.NullLogger<SemanticSearch>.Instance);

    /// <summary>Starts building the vectors of a snapshot, so the first question does not wait.</summary>
    public Task PrepareAsync(Knowledge.KnowledgeBase knowledge) => VectorsTask(knowledge.Index);

    /// <summary>Loads the model now, off the calling thread, rather than at the first question that needs it.</summary>
    public Task LoadModelAsync() => embedder is null ? Task.CompletedTask : Task.Run(() => embedder.EmbedQuestion(string.Empty));

    /// <summary>The statements nearest the question, best first; empty while vectors are not ready
    /// or when no model is available.</summary>
    internal IReadOnlyList<(int Statement, double Cosine)> Nearest(KnowledgeIndex index, string question, int count, IReadOnlySet<int>? among = null)
    {
        if (embedder is null || _failed || VectorsTask(index) is not { IsCompletedSuccessfully: true, Result: { } vectors })
        {
            return [];
        }

        var query = QuestionVector(question);
        if (query is null)
        {
            return [];
        }

        var best = new List<(int Statement, double Cosine)>(count + 1);
        for (var i = 0; i < vectors.Count; i++)
        {
            if (among is not null && !among.Contains(i))
            {
                continue;
            }

            var cosine = vectors.Dot(query, i);
            if (best.Count < count || cosine > best[^1].Cosine)
            {
                var at = best.FindIndex(b => b.Cosine < cosine);
                best.Insert(at < 0 ? best.Count : at, (i, cosine));
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return best;
    }

    /// <summary>Cosine between the question and one statement; null while vectors are not ready or
    /// when no model is available.</summary>
    internal double? Cosine(KnowledgeIndex index, string question, int statement) =>
        embedder is not null && !_failed && VectorsTask(index) is { IsCompletedSuccessfully: true, Result: { } vectors }
            && QuestionVector(question) is { } query
            ? vectors.Dot(query, statement)
            : null;

    /// <summary>Cosine between two texts, each embedded on its own (and remembered like a question); null when no
    /// model is available.</summary>
    internal double? Between(string first, string second)
    {
        if (embedder is null || _failed || QuestionVector(first) is not { } a || QuestionVector(second) is not { } b)
        {
            return null;
        }

        var dot = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>What a statement is embedded as: who said it and the words, so "what did the
    /// Pentagon guy say about pulling back" meets both.</summary>
    internal static string TextOf(IndexedStatement statement) =>
        statement.Citation.Role is { } role
            ? $"{statement.Citation.Speaker}, {role}: {statement.Statement.Quote}"
            : $"{statement.Citation.Speaker}: {statement.Statement.Quote}";

    private Task<StatementVectors?> VectorsTask(KnowledgeIndex index) =>
        _vectors.GetValue(index, i => Task.Run(() => Build(i)));

    private StatementVectors? Build(KnowledgeIndex index)
    {
        if (embedder is null || _failed)
        {
            return null;
        }

        try
        {
            return StatementVectors.From(embedder.EmbedStatements([.. index.Statements.Select(TextOf)]));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(e);
            return null;
        }
    }

    private float[]? QuestionVector(string question)
    {
        if (_questions.TryGetValue(question, out var known))
        {
            return known;
        }

        try
        {
            var vector = embedder!.EmbedQuestion(question);
            if (_questions.Count >= MaxRememberedQuestions)
            {
                _questions.Clear();
            }

            _questions.TryAdd(question, vector);
            return vector;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(e);
            return null;
        }
    }

    private void Fail(Exception e)
    {
        if (!_failed)
        {
            _failed = true;
            Log.SemanticUnavailable(logger, e.GetType().Name, e.Message);
        }
    }
}
