using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>"and the ukrainian admiral?", "what about the un woman" after a statement of a story: the one the same story quotes
/// whom those words describe (their role or name holds every word but a word for a person, a country, a place or a topic, and
/// some word is left), when exactly one does; the country breaks ties. The story is the last statement's article, so a corpus of
/// many stories does not offer an admiral of another.</summary>
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

        // "the ukrainian admiral" may be a rear admiral the story says led Ukraine's delegation: the country need not fit.
        // "and the russians?", "the turkish guy" name a side (Parties answers with all its people); "what about Kyiv?" a place and
        // "and on the talks?" a topic: no words of those kinds describe a person.
        var countries = units.FindAll(u => Parties.NamesACountry(index, u.Word));
        var required = units.FindAll(u => !countries.Contains(u)
            && !u.Alternatives.Any(t => index.ConceptOfTerm(t)?.Kind is Text.ConceptKind.Place or Text.ConceptKind.Topic));
        if (required.Count == 0)
        {
            return null;
        }

        var fitting = index.Actors.Values
            .Where(a => a.Actor.Kind == Knowledge.ActorKind.Person && a.OwnStatements > 0
                && !string.Equals(a.Name, last.Speaker, StringComparison.OrdinalIgnoreCase) && QuotedIn(index, a, last.Source.ArticleId)
                && required.TrueForAll(u => Fits(a, u))
                // "the russian army" is not the American president, who speaks for a side the message does not name.
                && (countries.Count == 0 || a.Actor.Affiliation is null || countries.Exists(u => Fits(a, u))))
            .GroupBy(a => countries.Count(u => Fits(a, u)))
            .MaxBy(g => g.Key)?.Take(2).ToList();
        return fitting is [var one] ? one : null;
    }

    private static bool Fits(CorpusActor actor, CoverageUnit unit) =>
        unit.Alternatives.Any(actor.DescriptorContains) || (!unit.IsKnown && actor.NamesHoldUnknownWord(unit.Word));

    private static bool QuotedIn(KnowledgeIndex index, CorpusActor actor, string articleId) =>
        actor.Entries.Exists(e => index.Statements[e].Article.Id == articleId && index.Statements[e].Statement.Speaker == actor.Id);
}
