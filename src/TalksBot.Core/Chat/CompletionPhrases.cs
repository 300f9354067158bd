using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Chat;

/// <summary>The words and phrases a typed question may be continued with, taken from one snapshot of
/// the data, most useful first: quoted people and the words people use for the topics, then aliases
/// and places, then the content words of the statements, most frequent first. Topic labels are left
/// out: they describe a topic ("where the talks were held") rather than name it.</summary>
internal sealed class CompletionPhrases
{
    private const int MinimumWordLength = 3;

    private CompletionPhrases(IReadOnlyList<Phrase> all) => All = all;

    /// <summary>Every phrase once (case-insensitive), in order of usefulness.</summary>
    public IReadOnlyList<Phrase> All { get; }

    public static CompletionPhrases From(KnowledgeBase snapshot)
    {
        var index = snapshot.Index;
        var usedTopics = index.Vocabulary.Topics
            .Where(t => index.Statements.Any(s => s.Statement.Topics.Contains(t.Id)))
            .ToList();
        var people = Suggestions.QuotedActors(index).ToList();

        var phrases = people.Select(p => p.Name)
            .Concat(usedTopics.SelectMany(t => t.Terms))
            .Concat(people.SelectMany(p => p.Actor.Aliases))
            .Concat(snapshot.Articles.SelectMany(a => a.Places).SelectMany(p => p.Aliases.Prepend(p.Name)))
            .Concat(StatementWords(index))
            .Select(text => new Phrase(text));

        return new CompletionPhrases([.. phrases
            .Where(p => p.Words.Length > 0)
            .DistinctBy(p => p.Text, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Content words of the quotes, most frequent first; a word written only with a capital keeps it.</summary>
    private static IEnumerable<string> StatementWords(KnowledgeIndex index)
    {
        var counts = new Dictionary<string, (int Count, string Form)>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var statement in index.Statements)
        {
            var quote = statement.Statement.Quote.AsSpan();
            var start = -1;
            for (var i = 0; i <= quote.Length; i++)
            {
                var inWord = i < quote.Length && (char.IsLetter(quote[i]) || (start >= 0 && quote[i] is '\'' or '’' or '-'));
                if (inWord)
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    Count(lookup, quote[start..i].TrimEnd("'’-"));
                    start = -1;
                }
            }
        }

        return counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Form);
    }

    private static void Count(Dictionary<string, (int Count, string Form)>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumWordLength)
        {
            return;
        }

        if (counts.TryGetValue(word, out var known, out var seen))
        {
            // A form seen both with and without a capital is an ordinary word: keep it in lower case.
            var form = seen.Form.AsSpan().SequenceEqual(word) ? seen.Form : seen.Form.ToLowerInvariant();
            counts.Dictionary[known] = (seen.Count + 1, form);
            return;
        }

        var text = word.ToString();
        if (!FunctionWords.Contains(text.ToLowerInvariant()))
        {
            counts[word] = (1, char.IsUpper(text[0]) ? text : text.ToLowerInvariant());
        }
    }

    public sealed record Phrase(string Text)
    {
        public string[] Words { get; } = Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
