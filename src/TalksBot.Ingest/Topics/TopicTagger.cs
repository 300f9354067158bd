using System.Runtime.CompilerServices;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Ingest.Topics;

/// <summary>Tags a statement with the vocabulary topics whose words it contains, read the way the engine reads a
/// topic: each term and the topic's label is a phrase of word stems (English Porter2), a leading "the", "a" or "an"
/// ignored, found as consecutive words of the text ("negotiations" finds "negotiating", "security guarantee" finds
/// "security guarantees"), so a statement is tagged exactly when the engine would see the topic in its words.</summary>
internal sealed class TopicTagger
{
    private static readonly ConditionalWeakTable<Vocabulary, TopicTagger> Compiled = [];

    private readonly string[] _ids;

    /// <summary>Each phrase under its first stem, with the index of its topic in <see cref="_ids"/>.</summary>
    private readonly Dictionary<string, List<(int Topic, string[] Stems)>> _byFirstStem = new(StringComparer.Ordinal);

    public TopicTagger(Vocabulary vocabulary)
    {
        _ids = [.. vocabulary.Topics.Select(t => t.Id)];
        for (var t = 0; t < vocabulary.Topics.Count; t++)
        {
            foreach (var phrase in vocabulary.Topics[t].Terms.Append(vocabulary.Topics[t].Label).Select(Phrase).Where(p => p.Length > 0))
            {
                if (!_byFirstStem.TryGetValue(phrase[0], out var phrases))
                {
                    _byFirstStem[phrase[0]] = phrases = [];
                }

                phrases.Add((t, phrase));
            }
        }
    }

    /// <summary>The tagger for <paramref name="vocabulary"/>, its phrases stemmed once per vocabulary instance.</summary>
    public static TopicTagger For(Vocabulary vocabulary) => Compiled.GetValue(vocabulary, v => new TopicTagger(v));

    public IReadOnlyList<string> Tag(string text)
    {
        var stems = WordStems.Of(text);
        var found = new bool[_ids.Length];
        for (var i = 0; i < stems.Count; i++)
        {
            if (_byFirstStem.TryGetValue(stems[i], out var phrases))
            {
                foreach (var (topic, phrase) in phrases)
                {
                    found[topic] |= StartsAt(stems, i, phrase);
                }
            }
        }

        return [.. _ids.Where((_, t) => found[t])];
    }

    private static string[] Phrase(string term) => [.. WordStems.Of(term).SkipWhile(s => s is "the" or "a" or "an")];

    private static bool StartsAt(List<string> stems, int start, string[] phrase)
    {
        if (start + phrase.Length > stems.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(stems[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
