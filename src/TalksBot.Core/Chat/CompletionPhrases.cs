using System.Text.RegularExpressions;
using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>The words and phrases a typed question may be continued with, taken from one snapshot of
/// the data, most useful first: quoted people and the words people use for the topics, then aliases
/// and places, then the content words of the statements, most frequent first. Topic labels are left
/// out: they describe a topic ("where the talks were held") rather than name it.</summary>
internal sealed partial class CompletionPhrases
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
        foreach (var statement in index.Statements)
        {
            foreach (Match match in Word().Matches(statement.Statement.Quote))
            {
                var word = match.Value;
                if (word.Length < MinimumWordLength || Text.FunctionWords.Contains(word.ToLowerInvariant()))
                {
                    continue;
                }

                var form = counts.TryGetValue(word, out var seen) && seen.Form != word ? word.ToLowerInvariant() : word;
                counts[word] = (seen.Count + 1, char.IsUpper(form[0]) ? form : form.ToLowerInvariant());
            }
        }

        return counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Form);
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*\p{L}|\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public sealed record Phrase(string Text)
    {
        public string[] Words { get; } = Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
