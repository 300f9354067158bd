using BenchmarkDotNet.Attributes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;

namespace TalksBot.Benchmarks.Query;

/// <summary>Question → answer on the seed data, over a mix of question kinds (who, what-did-X-say,
/// topics, yes/no, misspellings, abstentions). One operation = one question.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private static readonly string[] Questions =
    [
        "who proposed neutrality",
        "did Russia really pull back from Kyiv?",
        "what did Kirby say",
        "who leads the russian delegation",
        "what did ABC News report",
        "keep out of military blocs",
        "neutralty",
        "what did Podoliak say about the talks",
        "which states would act as guarantors",
        "why did russia say it would scale back around kyiv",
        "is this a ceasefire",
        "when did the talks take place",
        "what about crimea",
        "who was skeptical",
        "what did the ukrainian side propose",
        "who won the world cup",
        "what did Putin say about Kyiv",
        "how many people died",
        "Zelenskiy defences",
        "is ukraine going to join nato",
    ];

    private IQueryEngine _engine = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new QueryEngine(new KnowledgeStore(KnowledgeLoader.Load(BenchmarkData.Directory, TimeProvider.System)));
        foreach (var question in Questions)
        {
            _engine.Ask(question);
        }
    }

    [Benchmark(Description = "one question of the mixed set")]
    public Answer Ask() => _engine.Ask(Questions[_next++ % Questions.Length]);
}
