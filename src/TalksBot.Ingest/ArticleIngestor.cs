using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Attribution;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Documents;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Narration;
using TalksBot.Ingest.Output;
using TalksBot.Ingest.Places;
using TalksBot.Ingest.Topics;

namespace TalksBot.Ingest;

/// <summary>Turns one article's text or HTML into a structured <see cref="Article"/>: paragraphs without
/// boilerplate, direct quotes and reported claims with speakers and outlets, the
/// article's own factual sentences as narration (when asked for), actors matched against the
/// corpus, the places the text names (from the gazetteer), topics from the vocabulary. Pure: reads and writes no files. Thread-safe.</summary>
public sealed class ArticleIngestor(Vocabulary vocabulary, IReadOnlyList<Article> existing)
{
    private const int DescriptiveTitleWords = 12;

    private readonly TopicTagger _tagger = TopicTagger.For(vocabulary);
    private readonly CorpusIndex _corpus = new(existing);
    private readonly PlaceFinder _places = new(Gazetteer.Default, Lexicon.Default);

    /// <exception cref="IngestRefusedException">The text has no article in it, or no publisher is known.</exception>
    public IngestedArticle Ingest(string text, IngestOptions options)
    {
        var document = DocumentReader.Read(text, options.SourceName);
        if (document.Paragraphs.Count == 0)
        {
            throw new IngestRefusedException("no article text left after removing publisher boilerplate");
        }

        var publisher = options.Publisher ?? document.Metadata.Publisher
            ?? throw new IngestRefusedException("the publisher is not named in the text; pass --publisher \"Name\"");
        var analyzer = new ArticleAnalyzer(Lexicon.Default, _corpus);
        var quotesAndClaims = analyzer.Analyze(document.Paragraphs, publisher);
        var wire = CreditedWire(analyzer, document);
        var narration = options.Narration ? new NarrationFinder(Lexicon.Default).Find(document.Paragraphs, quotesAndClaims, analyzer.Publisher!) : [];
        var drafts = quotesAndClaims.Concat(narration).OrderBy(d => d.Paragraph).ThenBy(d => d.Start);
        var actors = analyzer.Registry.Build();
        var publisherName = actors[analyzer.Publisher!].Name;

        var title = options.Title ?? document.Metadata.Title;
        var descriptive = title is null;
        title ??= DescriptiveTitle(document.Paragraphs[0]);
        var date = options.Date ?? document.Metadata.Date;
        var ids = new Identifiers(Lexicon.Default);
        var wireCredited = new HashSet<string>(StringComparer.Ordinal);
        var statements = drafts.Select(d =>
        {
            var quote = document.Paragraphs[d.Paragraph][d.Start..d.End];
            var actor = actors[d.Speaker];
            var speaker = actor.Id;
            var id = ids.StatementId(speaker, actor.Aliases.Prepend(actor.Name), quote);
            // Told the publisher itself: its own reporting, through no other outlet.
            var toldThePublisher = d.Via == analyzer.Publisher;
            var via = toldThePublisher ? null : d.Via;
            if (via is null && !toldThePublisher && wire is not null && d.Speaker.Kind != ActorKind.Outlet)
            {
                via = wire;
                wireCredited.Add(id);
            }

            return new Statement(id, d.Paragraph + 1, d.Kind, speaker, via is null ? null : actors[via].Id, quote, _tagger.Tag(quote), [], d.Cut);
        }).ToList();

        var article = new Article(
            Identifiers.ArticleId(publisherName, date, title, Lexicon.Default),
            publisherName,
            date,
            title,
            options.Url ?? document.Metadata.Url,
            options.Happening,
            document.Paragraphs,
            [.. actors.Values],
            _places.Find(document.Paragraphs, actors.Values),
            statements);
        return new IngestedArticle(article, descriptive, document.Metadata.Byline, wireCredited);
    }

    /// <summary>The wire service the story is credited to: it reached the publisher through that service, which is the via
    /// of every quote and claim that names no other outlet. Null when none is credited or the publisher is that service.</summary>
    private static ActorDraft? CreditedWire(ArticleAnalyzer analyzer, SourceDocument document)
    {
        var finder = WireCreditFinder.Default;
        return finder.Find(document.Paragraphs, document.Metadata.Byline) is { } service
            ? analyzer.Registry.Wire(service, finder.RoleOf(service), analyzer.Publisher!)
            : null;
    }

    /// <summary>The first sentence's opening clause, for an article whose text has no headline.</summary>
    private static string DescriptiveTitle(string firstParagraph)
    {
        var sentenceEnd = firstParagraph.IndexOfAny(['.', '?', '!']);
        var sentence = sentenceEnd > 0 ? firstParagraph[..sentenceEnd] : firstParagraph;
        var clause = sentence.IndexOf(',', StringComparison.Ordinal) is var comma and > 20 ? sentence[..comma] : sentence;
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(DescriptiveTitleWords)).Trim('“', '”', '"', ' ');
    }
}
