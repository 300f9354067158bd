using System.Collections.Frozen;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>How each article introduced its speakers: the words of the sentence that first names them, so a question can
/// describe someone the way the story did ("the flower seller in Rostov", "the RUSI analyst").</summary>
internal static class ActorIntroductions
{
    private static readonly HashSet<string> NameLinks = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on" };

    public static void Add(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, CorpusActor> actors)
    {
        var stems = new Dictionary<CorpusActor, HashSet<string>>();
        foreach (var article in articles)
        {
            var speakers = article.Statements.Select(s => s.Speaker).ToHashSet(StringComparer.Ordinal);
            foreach (var actor in article.Actors.Where(a => a.Kind == ActorKind.Person && speakers.Contains(a.Id)))
            {
                if (!actors.TryGetValue(actor.Id, out var corpusActor) || NamingSentence(article, actor) is not { } sentence)
                {
                    continue;
                }

                if (!stems.TryGetValue(corpusActor, out var set))
                {
                    stems[corpusActor] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                var tokens = Tokenizer.Tokenize(sentence);
                set.UnionWith(tokens.Where(t => !t.IsFunctionWord).Select(t => t.Stem));
                set.UnionWith(Initials(sentence, tokens));
            }
        }

        foreach (var (actor, set) in stems)
        {
            actor.IntroductionStems = set.ToFrozenSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The sentence of the article that first names the actor (a paragraph's other sentences often describe others).</summary>
    private static string? NamingSentence(Article article, Actor actor)
    {
        // The full name first: a bare surname may be another person's ("Virtanen" the minister before "Kaisa Virtanen").
        foreach (var name in actor.Aliases.Prepend(actor.Name).Where(n => n.Length >= 3))
        {
            foreach (var paragraph in article.Paragraphs)
            {
                var at = WholeWordAt(paragraph, name);
                if (at >= 0)
                {
                    var start = at;
                    while (start > 0 && !EndsSentence(paragraph, start - 1))
                    {
                        start--;
                    }

                    var end = at + name.Length;
                    while (end < paragraph.Length && !EndsSentence(paragraph, end))
                    {
                        end++;
                    }

                    return paragraph[start..end];
                }
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="name"/> stands as whole words ("Bello" not in "Bellona"), or -1.</summary>
    private static int WholeWordAt(string paragraph, string name)
    {
        for (var at = paragraph.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = paragraph.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetter(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetter(paragraph[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>A full stop, question or exclamation mark before a space, not the stop of "Mr." or "U.S.".</summary>
    private static bool EndsSentence(string paragraph, int i)
    {
        if (paragraph[i] is not ('.' or '?' or '!') || (i + 1 < paragraph.Length && !char.IsWhiteSpace(paragraph[i + 1])))
        {
            return false;
        }

        var word = i;
        while (word > 0 && char.IsLetter(paragraph[word - 1]))
        {
            word--;
        }

        // "Mr.", "Dr.", "U.S.": a short capitalised word before the stop abbreviates.
        return paragraph[i] != '.' || i - word > 3 || i - word == 0 || !char.IsUpper(paragraph[word]);
    }

    /// <summary>"rusi" of "Royal United Services Institute", "fiia" of "Finnish Institute of International Affairs": the
    /// initials of each run of two or more capitalised words, the small words that link them left out.</summary>
    private static IEnumerable<string> Initials(string paragraph, List<TextToken> tokens)
    {
        var run = new List<char>();
        foreach (var token in tokens)
        {
            if (char.IsUpper(paragraph[token.Start]))
            {
                run.Add(char.ToLowerInvariant(paragraph[token.Start]));
                continue;
            }

            if (NameLinks.Contains(token.Word) && run.Count > 0)
            {
                continue;
            }

            if (run.Count >= 2)
            {
                yield return new string([.. run]);
            }

            run.Clear();
        }

        if (run.Count >= 2)
        {
            yield return new string([.. run]);
        }
    }
}
