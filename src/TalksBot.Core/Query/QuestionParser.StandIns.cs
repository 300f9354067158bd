using System.Collections.Frozen;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Words that stand in for others before a question is read: chat shorthand, and a seat of government standing
/// for its country or for the one person who speaks for it.</summary>
internal sealed partial class QuestionParser
{
    /// <summary>What a state, not a city, does or is ("did Kyiv want …", "was Kyiv willing …").</summary>
    private static readonly FrozenSet<string> StateActs = new[]
    {
        "want", "wants", "need", "needs", "plan", "plans", "intend", "intends", "hope", "hopes", "open", "willing", "ready", "prepared",
        "insist", "demand", "seek", "seeks", "try", "tries", "sign", "signs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What belongs to a city rather than the state it is the capital of ("Kyiv's mayor").</summary>
    private static readonly FrozenSet<string> CityWords = new[]
    {
        "mayor", "governor", "outskirts", "suburbs", "suburb", "residents", "streets", "center", "centre", "region", "oblast",
        "airport", "city", "citizens", "people", "districts", "district", "area", "areas", "direction", "skies", "metro", "hospitals",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"ru mod guy", "Kyiv's negotiators": chat shorthand the coverage does not know, and a seat of
    /// government standing for its country, are read as the words they stand for, each at its place in the question.</summary>
    private void ExpandStandIns(List<TextToken> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            var inStatements = index.TermOf(token.Stem) >= 0;
            var words = !inStatements && index.Vocabulary.Shorthand.TryGetValue(token.Word, out var expansion) ? expansion
                : index.Vocabulary.SeatsOfGovernment.TryGetValue(token.Word, out var country)
                    && StandsForItsCountry(tokens, i, inStatements || index.Lexicon.Contains(token.Word)) ? SpeakerFor(tokens, i) ?? country
                : null;
            if (words is null)
            {
                continue;
            }

            var parts = words.Split(' ');
            tokens.RemoveAt(i);
            tokens.InsertRange(i, parts.Select((word, at) =>
            {
                var (text, stem, isFunctionWord) = Stemmer.Lookup(word);
                return new TextToken(text, stem, token.Start, token.End, isFunctionWord, token.IsPossessive && at == parts.Length - 1);
            }));
        }
    }

    /// <summary>"the Kremlin's take", "what did the Kremlin say": the one quoted person whose role opens with the seat of
    /// government ("Kremlin spokesman") speaks for it, when the seat is the one asked about (a word of stance or a verb of saying
    /// follows) rather than described further ("the Kremlin's deputy chief") or spoken of ("about Moscow's words").</summary>
    private string? SpeakerFor(List<TextToken> tokens, int i)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1].Word : null;
        if (next is null || !(index.StanceWords.Contains(next) || index.SpeechVerbs.Contains(next)) || tokens.Take(i).Any(t => t.Word is "about" or "on" or "of"))
        {
            return null;
        }

        return index.PeopleByRoleOpening.TryGetValue(tokens[i].Word, out var holders) && holders is [var only] ? only.Name : null;
    }

    /// <summary>"Moscow" where the coverage has no such word, or "Kyiv's envoy": the state, not the city. Kyiv's
    /// mayor or outskirts stay the city's, and a publisher's name ("Washington Post") stays a name.</summary>
    private bool StandsForItsCountry(List<TextToken> tokens, int i, bool known)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1].Word : null;
        if (next is not null && index.Publishers.Any(p => p.Words.Contains(tokens[i].Word) && p.Words.Contains(next)))
        {
            return false;
        }

        // "did Kyiv agree", "was Kyiv willing": the state acting, not the city.
        var actsAsTheState = i > 0 && tokens[i - 1].Word is "did" or "does" or "do" or "was" or "is" or "would" or "will" or "could" or "can" or "has"
            && next is not null && (index.SpeechVerbs.Contains(next) || StateActs.Contains(next));
        return !known || actsAsTheState || (tokens[i].IsPossessive && next is not null && !CityWords.Contains(next));
    }
}
