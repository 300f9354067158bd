using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests.Quality;

/// <summary>The quality measure, defined once. A labelled quote is recalled when an ingested direct quote
/// of the same paragraph overlaps at least 80% of its characters; an ingested direct quote is correct when
/// at least 80% of its own characters overlap a labelled quote of its paragraph. Attribution is the share of
/// recalled quotes whose ingested speaker has a name or alias equal (ignoring case, punctuation and a
/// leading "the") to a form of the labelled speaker's name.</summary>
public static class QuoteMatcher
{
    public const double MinOverlap = 0.8;

    public static QualityScore Score(string name, Article article, IReadOnlyList<ExpectedQuote> expected)
    {
        var found = article.Statements.Where(s => s.Kind == StatementKind.DirectQuote).ToList();
        var actors = article.Actors.ToDictionary(a => a.Id);
        var recalled = 0;
        var attributed = 0;
        foreach (var e in expected)
        {
            var eSpan = Span(article, e.Paragraph, e.Quote);
            var match = found.Where(s => s.Paragraph == e.Paragraph)
                .Select(s => (s, overlap: Overlap(eSpan, Span(article, s.Paragraph, s.Quote))))
                .Where(x => x.overlap >= MinOverlap * eSpan.Length)
                .OrderByDescending(x => x.overlap)
                .Select(x => x.s)
                .FirstOrDefault();
            if (match is null)
            {
                continue;
            }

            recalled++;
            var speaker = actors[match.Speaker];
            var forms = speaker.Aliases.Prepend(speaker.Name).Select(Key).ToHashSet();
            if (e.SpeakerNames.Any(n => forms.Contains(Key(n))))
            {
                attributed++;
            }
        }

        var correct = found.Count(s =>
        {
            var span = Span(article, s.Paragraph, s.Quote);
            return expected.Where(e => e.Paragraph == s.Paragraph)
                .Any(e => Overlap(span, Span(article, e.Paragraph, e.Quote)) >= MinOverlap * span.Length);
        });
        return new QualityScore(name, expected.Count, found.Count, recalled, correct, attributed);
    }

    private static (int Start, int Length) Span(Article article, int paragraph, string quote)
    {
        var text = article.Paragraphs[paragraph - 1];
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"quote not verbatim in paragraph {paragraph}: {quote}");
        }

        return (start, quote.Length);
    }

    private static int Overlap((int Start, int Length) a, (int Start, int Length) b) =>
        Math.Max(0, Math.Min(a.Start + a.Length, b.Start + b.Length) - Math.Max(a.Start, b.Start));

    private static string Key(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        lower = lower.StartsWith("the ", StringComparison.Ordinal) ? lower[4..] : lower;
        return new string([.. lower.Where(char.IsLetterOrDigit)]);
    }
}
