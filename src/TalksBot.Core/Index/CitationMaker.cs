using TalksBot.Core.Query;

namespace TalksBot.Core.Index;

/// <summary>Makes each statement's citation, sharing one source per article and one display form
/// per speaker name among the many statements that repeat them.</summary>
internal sealed class CitationMaker
{
    private readonly Dictionary<Knowledge.Article, ArticleSource> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public Citation Of(StatementTerms draft)
    {
        var article = draft.Article;
        if (!_sources.TryGetValue(article, out var source))
        {
            _sources[article] = source = new ArticleSource(article.Id, article.Publisher, article.Date, article.Title, article.Url);
        }

        if (!_names.TryGetValue(draft.Speaker.Name, out var speaker))
        {
            _names[draft.Speaker.Name] = speaker = Display.Capitalize(draft.Speaker.Name);
        }

        return new Citation(draft.Statement.Quote, speaker, draft.Speaker.Role, draft.Via?.Name, source,
            draft.Statement.Paragraph, draft.Statement.Kind);
    }
}
