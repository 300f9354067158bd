using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.Semantic;

namespace TalksBot.Benchmarks.Query;

/// <summary>Every question of the development set (627 distinct single questions, chat styles, other scripts,
/// rambling messages) on the seed data, with the sentence model loaded as the bot runs: each iteration
/// starts with no question vector remembered, so a question that reaches the semantic stage pays for
/// its embedding. One operation = one question.</summary>
[MemoryDiagnoser]
public class DistinctQuestionBenchmarks
{
    private const int QuestionCount = 627;

    private KnowledgeBase _knowledge = null!;
    private MiniLmEmbedder _embedder = null!;
    private string[] _questions = [];
    private QueryEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeLoader.Load(BenchmarkData.Directory, TimeProvider.System);
        _embedder = new MiniLmEmbedder(Path.Combine(Path.GetTempPath(), "talksbot-bench-vectors.bin"), NullLogger<MiniLmEmbedder>.Instance);
        _questions = BenchmarkData.DevelopmentQuestions();
        if (_questions.Length != QuestionCount)
        {
            // OperationsPerInvoke must be a constant: a changed development set must change it too.
            throw new InvalidOperationException($"the development sets hold {_questions.Length} distinct questions; set QuestionCount to that");
        }
    }

    [IterationSetup]
    public void FreshQuestionVectors()
    {
        var semantic = new SemanticSearch(_embedder, NullLogger<SemanticSearch>.Instance);
        semantic.PrepareAsync(_knowledge).GetAwaiter().GetResult();
        _engine = new QueryEngine(new KnowledgeStore(_knowledge), semantic);
    }

    [Benchmark(Description = "one distinct question, sentence model loaded", OperationsPerInvoke = QuestionCount)]
    public int AnswerEveryQuestion()
    {
        var cited = 0;
        foreach (var question in _questions)
        {
            cited += _engine.Ask(question).Citations.Count;
        }

        return cited;
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();
}
