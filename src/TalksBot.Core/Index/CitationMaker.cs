using System.Collections.Concurrent;
using TalksBot.Core.Query;

namespace TalksBot.Core.Index;

/// <summary>Makes each statement's citation, sharing one source per article and one display form
/// per speaker name among the many statements that repeat them. Safe to use from several threads.</summary>
internal sealed class CitationMaker
{
    private readonly ConcurrentDictionary<Knowledge.Article, ArticleSource> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public Citation Of(StatementTerms draft)
    {
        var source = _sources.GetOrAdd(draft.Article, static a => new ArticleSource(a.Id, a.Publisher, a.Date, a.Title, a.Url));
        var speaker = _names.GetOrAdd(draft.Speaker.Name, Display.Capitalize);
        return new Citation(draft.Statement.Quote, speaker, draft.Speaker.Role, draft.Via?.Name, source,
            draft.Statement.Paragraph, draft.Statement.Kind);
    }
}
