using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"how did TASS report Peskov", "per Bloomberg", "in the Indian Express version": the
/// publisher of the articles whose rendering the question asks for. A publisher is named by one word
/// of its name that is no ordinary English word ("tass", "politico"), or by all the words of its name.
/// Those words then say which article, not what the statement must contain.</summary>
internal static class PublisherMention
{
    public static string? Find(KnowledgeIndex index, List<TextToken> tokens, List<ConceptMatch> actorMatches)
    {
        var free = Enumerable.Range(0, tokens.Count)
            .Where(i => !FunctionWords.Contains(tokens[i].Word) && !actorMatches.Any(m => m.Start <= i && i < m.Start + m.Length))
            .ToList();
        foreach (var (publisher, words) in index.Publishers)
        {
            var found = free.Where(i => words.Contains(tokens[i].Word)).ToList();
            var distinctive = found.Any(i => !index.Vocabulary.CommonWords.Contains(tokens[i].Word));
            if (found.Count > 0 && (distinctive || found.Select(i => tokens[i].Word).Distinct().Count() == words.Count))
            {
                foreach (var i in found)
                {
                    tokens[i] = tokens[i] with { IsFunctionWord = true };
                }

                return publisher;
            }
        }

        return null;
    }
}
