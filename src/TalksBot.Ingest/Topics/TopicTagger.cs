using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Topics;

/// <summary>Tags a statement with the vocabulary topics whose terms occur in it: case-insensitive, on word
/// boundaries, allowing simple English inflection of a term's last word (guarantee → guarantees, withdraw → withdrawing).</summary>
internal sealed class TopicTagger
{
    private static readonly ConditionalWeakTable<Vocabulary, TopicTagger> Compiled = [];

    private readonly (string Id, Regex Pattern)[] _topics;

    public TopicTagger(Vocabulary vocabulary)
    {
        _topics = [.. vocabulary.Topics
            .Where(t => t.Terms.Any(term => term.Trim().Length > 0))
            .Select(t => (t.Id, Pattern(t.Terms)))];
    }

    /// <summary>The tagger for <paramref name="vocabulary"/>, its patterns compiled once per vocabulary instance.</summary>
    public static TopicTagger For(Vocabulary vocabulary) => Compiled.GetValue(vocabulary, v => new TopicTagger(v));

    public IReadOnlyList<string> Tag(string text) => [.. _topics.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Id)];

    private static Regex Pattern(IEnumerable<string> terms)
    {
        var alternatives = terms.Select(t => t.Trim()).Where(t => t.Length > 0).Select(Term);
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static string Term(string term)
    {
        var words = term.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var head = words[..^1].Select(Regex.Escape);
        return string.Join(@"[\s\-]*", head.Append(Inflected(words[^1])));
    }

    private static string Inflected(string word)
    {
        var w = Regex.Escape(word);
        if (word.Length < 3 || !word.All(char.IsLetter))
        {
            return w;
        }

        if (word.EndsWith('e'))
        {
            return $"(?:{w}(?:s|d)?|{Regex.Escape(word[..^1])}ing)";
        }

        if (word.EndsWith('y'))
        {
            return $"(?:{w}(?:s|ed|ing)?|{Regex.Escape(word[..^1])}(?:ies|ied))";
        }

        return $"{w}(?:s|es|ed|ing)?";
    }
}
