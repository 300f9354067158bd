using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Query;

/// <summary>Questions the data can answer, written from its actors and topics with a few English
/// templates: for abstentions ("try: …") and for autocomplete.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> For(KnowledgeIndex index) => index.StarterQuestions;

    /// <summary>Every suggested question, most useful first: alternating people and topics.</summary>
    public static IEnumerable<string> All(KnowledgeIndex index)
    {
        var people = QuotedActors(index).ToList();
        var topics = index.Vocabulary.Topics.Where(t => index.Statements.Any(s => s.Statement.Topics.Contains(t.Id))).ToList();
        var byPerson = people.Select(p => $"What did {p.Name} say?");
        var byTopic = topics.Select(t => $"What was said about {t.Label}?");
        var whoIs = people.Where(p => p.Actor.Kind == ActorKind.Person).Select(p => $"Who is {p.Name}?");
        var whoTopic = topics.Select(t => $"Who spoke about {t.Label}?");
        return Interleave(byPerson, byTopic).Concat(Interleave(whoIs, whoTopic)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>People and parties who speak in the coverage, most quoted first.</summary>
    public static IEnumerable<CorpusActor> QuotedActors(KnowledgeIndex index) =>
        index.Actors.Values.Where(a => a.OwnStatements > 0 && a.Actor.Kind != ActorKind.Outlet)
            .OrderBy(a => a.Actor.Kind == ActorKind.Person ? 0 : 1)
            .ThenByDescending(a => a.OwnStatements)
            .ThenBy(a => a.Name, StringComparer.Ordinal);

    private static IEnumerable<string> Interleave(IEnumerable<string> first, IEnumerable<string> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool hasA, hasB;
        do
        {
            if (hasA = a.MoveNext())
            {
                yield return a.Current;
            }

            if (hasB = b.MoveNext())
            {
                yield return b.Current;
            }
        }
        while (hasA || hasB);
    }
}
