using System.Runtime.CompilerServices;
using FuzzySharp;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Autocomplete from the data. For questions: the suggested questions whose words the typed
/// words begin, then whole questions that continue what was typed — its last word (or last few words)
/// completed with a phrase of the data — each kept only when the engine answers it. For people: quoted
/// names that fit, best partial match first.</summary>
public sealed class DataAutocomplete : IAutocomplete
{
    /// <summary>How many trailing typed words a phrase may complete ("military b" → "military bloc").</summary>
    private const int MaxCompletedWords = 3;

    /// <summary>Continuations asked of the engine per keystroke, at most, whatever <c>max</c> is.</summary>
    private const int MaxChecked = 40;

    /// <summary>How long a keystroke waits for the continuation phrases of new data. They are worked out in
    /// the background when the data is first seen (0.3 s for 44,000 statements, measured); until then only the
    /// suggested questions are offered.</summary>
    private static readonly TimeSpan PhraseWait = TimeSpan.FromMilliseconds(250);

    private static readonly ConditionalWeakTable<KnowledgeBase, Candidates> Cache = [];
    private static readonly ConditionalWeakTable<KnowledgeBase, Task<CompletionPhrases>> Phrases = [];

    private readonly IKnowledgeSource _knowledge;
    private readonly IQueryEngine _engine;
    private readonly TimeProvider _time;

    public DataAutocomplete(IKnowledgeSource knowledge, IQueryEngine engine, TimeProvider time)
    {
        (_knowledge, _engine, _time) = (knowledge, engine, time);
        _ = PhrasesOf(knowledge.Current);
    }

    public IReadOnlyList<string> SuggestQuestions(string typed, int max)
    {
        var snapshot = _knowledge.Current;
        var words = Words(typed);
        var templated = Suggest(CandidatesOf(snapshot).Questions, words, max);
        if (templated.Count >= max || words.Length == 0 || ReadyPhrases(snapshot) is not { } phrases)
        {
            return templated;
        }

        var continued = Continuations(phrases, typed, words)
            .Where(q => !templated.Contains(q, StringComparer.OrdinalIgnoreCase))
            .Take(MaxChecked)
            .Where(q => _engine.Ask(q).Answered)
            .Take(max - templated.Count);
        return [.. templated, .. continued];
    }

    public IReadOnlyList<string> SuggestPeople(string typed, int max) => Suggest(CandidatesOf(_knowledge.Current).People, Words(typed), max);

    private static Candidates CandidatesOf(KnowledgeBase snapshot) =>
        Cache.GetValue(snapshot, s => new Candidates(
            [.. Suggestions.All(s.Index)],
            [.. Suggestions.QuotedActors(s.Index).Select(a => Index.Display.Capitalize(a.Name))]));

    private static Task<CompletionPhrases> PhrasesOf(KnowledgeBase snapshot) =>
        Phrases.GetValue(snapshot, s => Task.Run(() => CompletionPhrases.From(s)));

    /// <summary>The snapshot's phrases once worked out, waiting up to <see cref="PhraseWait"/> for them; else null.</summary>
    private CompletionPhrases? ReadyPhrases(KnowledgeBase snapshot)
    {
        var building = PhrasesOf(snapshot);
        if (!building.IsCompleted)
        {
            Task.WhenAny(building, Task.Delay(PhraseWait, _time)).Wait();
        }

        return building.IsCompletedSuccessfully ? building.Result : null;
    }

    private static string[] Words(string typed) =>
        InputSanitizer.Clean(typed).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Suggest(IReadOnlyList<string> candidates, string[] words, int max)
    {
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

    /// <summary>The typed text with its end continued by each phrase that begins the same way, longest
    /// typed overlap first: an unfinished last word completed ("neu" → "neutrality"), finished words
    /// extended ("military " → "military bloc").</summary>
    private static IEnumerable<string> Continuations(CompletionPhrases phrases, string typed, string[] words)
    {
        var original = InputSanitizer.Clean(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var finished = char.IsWhiteSpace(typed[^1]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = Math.Min(MaxCompletedWords, words.Length); k >= 1; k--)
        {
            var tail = words[^k..];
            var head = string.Join(' ', original[..^k]);
            foreach (var phrase in phrases.All.Where(p => Continues(p.Words, tail, finished)))
            {
                if (Question(head, phrase.Text) is var question && seen.Add(question))
                {
                    yield return question;
                }
            }
        }
    }

    /// <summary>True when <paramref name="phrase"/> starts with the typed words: the last one unfinished
    /// (a prefix of the phrase's word), or finished and followed by more of the phrase.</summary>
    private static bool Continues(string[] phrase, string[] tail, bool finished)
    {
        if (phrase.Length < tail.Length + (finished ? 1 : 0))
        {
            return false;
        }

        for (var i = 0; i < tail.Length - 1; i++)
        {
            if (phrase[i] != tail[i])
            {
                return false;
            }
        }

        var last = phrase[tail.Length - 1];
        return finished ? last == tail[^1] : last.StartsWith(tail[^1], StringComparison.Ordinal);
    }

    private static string Question(string head, string phrase)
    {
        var text = head.Length == 0 ? phrase : head + " " + phrase;
        text = Index.Display.Capitalize(text.TrimEnd('?', '.', ' '));
        return text + "?";
    }

    private sealed record Candidates(IReadOnlyList<string> Questions, IReadOnlyList<string> People);
}
