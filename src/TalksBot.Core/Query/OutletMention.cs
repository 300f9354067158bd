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
        if (outlets.Select(m => m.Concept).Distinct().Count() != 1 || !actors.Exists(m => !outlets.Contains(m))
            || SpeaksItself(index, tokens, outlets[0], actors.Where(m => !outlets.Contains(m))))
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

    /// <summary>"what did Podolyak tweet": a verb of saying that names an outlet (a synonym of its name) asks for what came
    /// through that outlet.</summary>
    public static CorpusActor? NamedByVerb(KnowledgeIndex index, List<ConceptMatch> matches, int speechVerbAt) =>
        speechVerbAt < 0 ? null
            : matches.Where(m => m.Start <= speechVerbAt && speechVerbAt < m.Start + m.Length && index.Concepts[m.Concept].Kind == ConceptKind.Synonym)
                .Select(m => index.Concepts[m.Concept].Key)
                .Select(key => index.OutletsByName.GetValueOrDefault(key))
                .FirstOrDefault(a => a is not null);

    /// <summary>"did the NYT say whether Russia accepted": the outlet is the one saying, right before a plain verb of
    /// saying, when the other actor does no saying of their own ("what did the NY Sun say Fomin said" it does not).</summary>
    private static bool SpeaksItself(KnowledgeIndex index, List<TextToken> tokens, ConceptMatch outlet, IEnumerable<ConceptMatch> others)
    {
        var next = tokens.Skip(outlet.Start + outlet.Length).FirstOrDefault(t => !t.IsFunctionWord || index.SpeechVerbs.Contains(t.Word));
        // "how did Reuters report Zelenskiy's address": how the outlet passed someone's words on.
        if (next.Word is null || !index.SpeechVerbs.Contains(next.Word) || RenderingVerbs.Contains(next.Word) || tokens[0].Word == "how")
        {
            return false;
        }

        return !others.Any(other => tokens.Skip(other.Start + other.Length).Any(t => ReportedSayingVerbs.Contains(t.Word)));
    }

    /// <summary>Verbs by which an outlet tells what someone else said ("… say Fomin said", "… report the delegation announced").</summary>
    private static readonly HashSet<string> ReportedSayingVerbs =
        ["say", "said", "says", "saying", "told", "announced", "stated", "claimed", "added", "noted", "wrote", "tweeted", "warned", "promised"];

    /// <summary>Verbs that say an outlet passed someone's words on ("quote", "render", "cite").</summary>
    private static readonly HashSet<string> RenderingVerbs =
        ["quote", "quoted", "quotes", "quoting", "render", "rendered", "renders", "cite", "cited", "cites", "carry", "carried", "carries"];

    /// <summary>The statement came through the outlet, or the outlet published it.</summary>
    public static bool Renders(KnowledgeIndex index, CorpusActor outlet, int entry) =>
        index.StatementVias[entry] == outlet.Concept
        || string.Equals(index.Statements[entry].Article.Publisher, outlet.Name, StringComparison.OrdinalIgnoreCase);
}
