using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"what did the BBC quote Fomin saying", "in the AP version what did Biden say": an outlet named
/// beside the person asked about says whose rendering of that person's words to show first, not who speaks.</summary>
internal static class OutletMention
{
    /// <summary>Takes the outlet's match out of <paramref name="matches"/> (its words no longer count as
    /// content) and returns the outlet, when the question names one outlet and someone else.</summary>
    public static CorpusActor? Take(KnowledgeIndex index, List<TextToken> tokens, List<ConceptMatch> matches)
    {
        var actors = matches.Where(m => index.Concepts[m.Concept].Kind == ConceptKind.Actor).ToList();
        var outlets = actors.Where(m => index.ActorsByConcept[m.Concept].Actor.Kind == ActorKind.Outlet).ToList();
        if (outlets.Select(m => m.Concept).Distinct().Count() != 1 || !actors.Exists(m => !outlets.Contains(m)))
        {
            return null;
        }

        foreach (var match in outlets)
        {
            matches.Remove(match);
            for (var i = match.Start; i < match.Start + match.Length; i++)
            {
                tokens[i] = tokens[i] with { IsFunctionWord = true };
            }

            // The rest of a longer name the coverage does not use ("RIA Novosti" where it says "RIA").
            var next = match.Start + match.Length;
            if (next < tokens.Count && !tokens[next].IsFunctionWord && !index.Vocabulary.CommonWords.Contains(tokens[next].Word)
                && !matches.Exists(m => m.Start <= next && next < m.Start + m.Length))
            {
                tokens[next] = tokens[next] with { IsFunctionWord = true };
            }
        }

        return index.ActorsByConcept[outlets[0].Concept];
    }

    /// <summary>The statement came through the outlet, or the outlet published it.</summary>
    public static bool Renders(KnowledgeIndex index, CorpusActor outlet, int entry) =>
        index.StatementVias[entry] == outlet.Concept
        || string.Equals(index.Statements[entry].Article.Publisher, outlet.Name, StringComparison.OrdinalIgnoreCase);
}
