using System.Runtime.CompilerServices;
using FuzzySharp;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Autocomplete from the data: suggested questions and quoted names that fit what the user
/// has typed, each typed word matching a word of the suggestion by prefix, best partial match first.</summary>
public sealed class DataAutocomplete(IKnowledgeSource knowledge) : IAutocomplete
{
    private static readonly ConditionalWeakTable<KnowledgeBase, Candidates> Cache = [];

    public IReadOnlyList<string> SuggestQuestions(string typed, int max) => Suggest(CandidatesOf(knowledge.Current).Questions, typed, max);

    public IReadOnlyList<string> SuggestPeople(string typed, int max) => Suggest(CandidatesOf(knowledge.Current).People, typed, max);

    private static Candidates CandidatesOf(KnowledgeBase snapshot) =>
        Cache.GetValue(snapshot, s => new Candidates(
            [.. Suggestions.All(s.Index)],
            [.. Suggestions.QuotedActors(s.Index).Select(a => Index.Display.Capitalize(a.Name))]));

    private static List<string> Suggest(IReadOnlyList<string> candidates, string typed, int max)
    {
        var words = InputSanitizer.Clean(typed).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [.. candidates.Take(max)];
        }

        var query = string.Join(' ', words);
        return [.. candidates
            .Where(c => words.All(w => c.Split(' ').Any(word => word.StartsWith(w, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(c => Fuzz.PartialRatio(query, c.ToLowerInvariant()))
            .ThenBy(c => c.Length)
            .Take(max)];
    }

    private sealed record Candidates(IReadOnlyList<string> Questions, IReadOnlyList<string> People);
}
