using BenchmarkDotNet.Attributes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest;

namespace TalksBot.Benchmarks.Ingest;

/// <summary>Ingest time for one 1,000-word article (target: under 20 ms), as plain text and as an HTML page
/// with navigation, against the repository's vocabulary and corpus.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int TargetWords = 1000;

    private ArticleIngestor _ingestor = null!;
    private string _text = "";
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        var vocabulary = KnowledgeLoader.LoadVocabulary(BenchmarkData.Directory);
        var articles = KnowledgeLoader.LoadArticles(BenchmarkData.Directory, vocabulary);
        _ingestor = new ArticleIngestor(vocabulary, articles);
        var source = articles.SelectMany(a => a.Paragraphs).ToList();
        var paragraphs = new List<string>();
        for (var i = 0; paragraphs.Sum(WordCount) < TargetWords; i++)
        {
            paragraphs.Add(source[i % source.Count]);
        }

        _text = "Talks resume in Istanbul\n\nBy A. Writer\n\n" + string.Join("\n\n", paragraphs) + "\n\nSource: Benchmark Wire\n";
        _html = "<!DOCTYPE html><html><head><title>Talks | Benchmark Wire</title><meta property=\"og:site_name\" content=\"Benchmark Wire\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article>"
            + string.Concat(paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"))
            + "</article><footer>© Benchmark Wire</footer></body></html>";
    }

    [Benchmark]
    public Article PlainText1000Words() => _ingestor.Ingest(_text, new IngestOptions()).Article;

    [Benchmark]
    public Article Html1000Words() => _ingestor.Ingest(_html, new IngestOptions(SourceName: "article.html")).Article;

    private static int WordCount(string paragraph) => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
