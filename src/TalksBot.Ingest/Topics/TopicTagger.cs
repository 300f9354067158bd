using System.Runtime.CompilerServices;
using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Topics;

/// <summary>Tags a statement with the vocabulary topics whose words it contains, read the way the engine reads a
/// topic: each term and the topic's label is a phrase of word stems (English Porter2), a leading "the", "a" or "an"
/// ignored, found as consecutive words of the text ("negotiations" finds "negotiating", "security guarantee" finds
/// "security guarantees"), so a statement is tagged exactly when the engine would see the topic in its words.</summary>
internal sealed class TopicTagger
{
    private static readonly ConditionalWeakTable<Vocabulary, TopicTagger> Compiled = [];

    private readonly (string Id, string[][] Phrases)[] _topics;

    public TopicTagger(Vocabulary vocabulary)
    {
        _topics = [.. vocabulary.Topics
            .Select(t => (t.Id, Phrases: t.Terms.Append(t.Label).Select(Phrase).Where(p => p.Length > 0).ToArray()))
            .Where(t => t.Phrases.Length > 0)];
    }

    /// <summary>The tagger for <paramref name="vocabulary"/>, its phrases stemmed once per vocabulary instance.</summary>
    public static TopicTagger For(Vocabulary vocabulary) => Compiled.GetValue(vocabulary, v => new TopicTagger(v));

    public IReadOnlyList<string> Tag(string text)
    {
        var stems = StemTokens.Of(text);
        return [.. _topics.Where(t => t.Phrases.Any(p => Occurs(stems, p))).Select(t => t.Id)];
    }

    private static string[] Phrase(string term) => [.. StemTokens.Of(term).SkipWhile(s => s is "the" or "a" or "an")];

    private static bool Occurs(List<string> stems, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= stems.Count; i++)
        {
            if (stems.Skip(i).Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
