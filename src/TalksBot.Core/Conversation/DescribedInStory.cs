using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>"and the ukrainian admiral?", "what about the un woman" after a statement of a story: the one the same story quotes
/// whom those words describe (their role or name holds every word, a word for a person aside, and a country only when nothing
/// else describes them), when exactly one does. The story is the last statement's article, so a corpus of many stories does not offer an admiral of another.</summary>
internal static class DescribedInStory
{
    /// <summary>Words for a person that describe no one in particular ("the un woman", "the turkish guy").</summary>
    private static readonly HashSet<string> PersonNouns = ["man", "woman", "guy", "lady", "dude", "gal", "person", "fella", "chap", "bloke"];

    public static CorpusActor? Find(KnowledgeIndex index, string words, Citation last)
    {
        var units = new QuestionParser(index).Parse(words).Units.Where(u => !PersonNouns.Contains(u.Word.ToLowerInvariant())).ToList();
        if (units.Count == 0 || units.Exists(u => u.Actor is { Actor.Kind: Knowledge.ActorKind.Person }))
        {
            return null;
        }

        // "the ukrainian admiral" may be a rear admiral the story says led Ukraine's delegation: a country must fit only when
        // nothing else describes the person ("the turkish guy").
        var countries = units.FindAll(u => Parties.NamesACountry(index, u.Word));
        var required = countries.Count < units.Count ? units.Except(countries).ToList() : units;
        var fitting = index.Actors.Values
            .Where(a => a.OwnStatements > 0 && !string.Equals(a.Name, last.Speaker, StringComparison.OrdinalIgnoreCase) && QuotedIn(index, a, last.Source.ArticleId)
                && required.TrueForAll(u => Fits(a, u)))
            .GroupBy(a => countries.Count(u => Fits(a, u)))
            .MaxBy(g => g.Key)?.Take(2).ToList();
        return fitting is [var one] ? one : null;
    }

    private static bool Fits(CorpusActor actor, CoverageUnit unit) =>
        unit.Alternatives.Any(actor.DescriptorContains) || (!unit.IsKnown && actor.NamesHoldUnknownWord(unit.Word));

    private static bool QuotedIn(KnowledgeIndex index, CorpusActor actor, string articleId) =>
        actor.Entries.Exists(e => index.Statements[e].Article.Id == articleId && index.Statements[e].Statement.Speaker == actor.Id);
}
