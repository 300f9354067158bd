using System.Collections.Concurrent;
using TalksBot.Core.Query;

namespace TalksBot.Core.Index;

/// <summary>Makes each statement's citation, sharing one source per article and one display form
/// per speaker name among the many statements that repeat them. Safe to use from several threads.</summary>
/// <param name="fullestRoles">Per actor id, the fullest role any article gives ("head of the Russian
/// delegation" over "negotiator"): shown where an article names the person without a role.</param>
internal sealed class CitationMaker(IReadOnlyDictionary<string, string> fullestRoles)
{
    private readonly ConcurrentDictionary<Knowledge.Article, ArticleSource> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> FullestRoles(IEnumerable<Knowledge.Actor> speakers) =>
        speakers.Where(a => a.Role is not null).DistinctBy(a => (a.Id, a.Role))
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Role!).OrderByDescending(r => r.Split(' ').Length).ThenBy(r => r, StringComparer.Ordinal).First(),
                StringComparer.Ordinal);

    public Citation Of(StatementTerms draft)
    {
        var source = _sources.GetOrAdd(draft.Article, static a => new ArticleSource(a.Id, a.Publisher, a.Date, a.Title, a.Url));
        var speaker = _names.GetOrAdd(draft.Speaker.Name, Display.Capitalize);
        var role = draft.Speaker.Role ?? fullestRoles.GetValueOrDefault(draft.Speaker.Id);
        return new Citation(draft.Statement.Quote, speaker, role, draft.Via?.Name, source,
            draft.Statement.Paragraph, draft.Statement.Kind, IsCut: draft.Statement.IsCut);
    }
}
