using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Whether someone else's statement reports what an actor said: "the Russians themselves have
/// said …" reports Russia, and so does the Kremlin spokesman when the data does not tie him to the
/// Kremlin but his role names it; a proposal "that Russia would not oppose …" does not, nor does a
/// statement that only stands beside the actor's name in its paragraph.</summary>
internal static class ReportedSpeech
{
    /// <summary>A verb of saying stands at most this many words after the actor's name, with nothing but
    /// function words between ("the Russians themselves have said").</summary>
    private const int VerbWindow = 4;

    private static readonly HashSet<string> Reflexives = ["themselves", "itself", "himself", "herself"];

    public static bool Reports(KnowledgeIndex index, IndexedStatement statement, CorpusActor actor) =>
        RoleNames(index, statement, actor) || QuoteReports(index, statement, actor);

    /// <summary>Only a party: an adviser to the president does not speak his words.</summary>
    private static bool RoleNames(KnowledgeIndex index, IndexedStatement statement, CorpusActor actor)
    {
        if (actor.Actor.Kind == ActorKind.Person || statement.Speaker.Role is not { } role)
        {
            return false;
        }

        var matches = new List<ConceptMatch>();
        index.Matcher.Match(Tokenizer.Tokenize(role), matches);
        return matches.Exists(m => m.Concept == actor.Concept);
    }

    private static bool QuoteReports(KnowledgeIndex index, IndexedStatement statement, CorpusActor actor)
    {
        var tokens = statement.QuoteTokens;
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        foreach (var match in matches)
        {
            if (match.Concept != actor.Concept)
            {
                continue;
            }

            var after = match.Start + match.Length;
            for (var i = after; i < tokens.Length && i < after + VerbWindow; i++)
            {
                if (index.SpeechVerbs.Contains(tokens[i].Word))
                {
                    return true;
                }

                if (!tokens[i].IsFunctionWord && !Reflexives.Contains(tokens[i].Word))
                {
                    break;
                }
            }
        }

        return false;
    }
}
