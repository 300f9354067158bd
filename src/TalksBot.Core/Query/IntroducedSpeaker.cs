using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"what did the guy in Imatra say", "the RUSI analyst on the mutiny": a person the question describes by words
/// that their names and role do not all hold, but the sentence that introduced them in the story holds.</summary>
internal static class IntroducedSpeaker
{
    private const int MinHeld = 2;

    /// <summary>A description this long may leave out two everyday words ("the guy in Imatra near the border").</summary>
    private const int LongDescription = 4;

    /// <summary>The one quoted person whose names, role and introduction hold every word of the description but one everyday
    /// word ("guy", "chief"; two of four words or more), two at least or one distinctive word ("RUSI"); the rest of the question decides between equals; null when none or
    /// several fit alike. A word naming a country or people ("Chinese", "Saudi") is never the one left out: it is what tells
    /// a near miss apart.</summary>
    public static CorpusActor? Find(KnowledgeIndex index, string description, string question)
    {
        var words = Tokenizer.Tokenize(description).Where(IsWord).DistinctBy(t => t.Stem).ToList();
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(words, matches);
        // "the IAEA inspectors" are several people, not one of them; one word alone must be a rare word for a person ("the seismologist").
        if (words.Count == 0 || IsPlural(words[^1]) || (words.Count < MinHeld && !IsDistinctive(index, words, matches, words[0])))
        {
            return null;
        }

        var rest = Tokenizer.Tokenize(question).Where(t => !t.IsFunctionWord).Select(t => t.Stem).Except(words.Select(w => w.Stem)).ToList();
        var storyTerms = words.ToDictionary(w => w, w => StoryTermsOf(index, words, matches, w));
        var fitting = index.Actors.Values
            .Where(a => a.OwnStatements > 0 && a.Actor.Kind == Knowledge.ActorKind.Person && a.IntroductionStems.Count > 0)
            .Select(a => (Actor: a, Missing: words.Where(w => !Holds(index, a, w) && !SetsTheirStory(index, a, storyTerms[w])).ToList(), Context: rest.Count(a.IntroductionStems.Contains)))
            .Where(f => Fits(index, f.Actor, words, f.Missing, matches))
            .OrderBy(f => f.Missing.Count).ThenByDescending(f => f.Context)
            .Take(2).ToList();
        return fitting switch
        {
            [var only] => only.Actor,
            [var best, var next] when (best.Missing.Count, best.Context) != (next.Missing.Count, next.Context) => best.Actor,
            _ => null,
        };
    }

    private static readonly HashSet<string> PlaceLinks = new(StringComparer.Ordinal) { "in", "from", "at", "of" };

    /// <summary>The words around an unknown name or description that describe the same person, up to the verb of saying:
    /// "rusi" is "rusi analyst", "imatra near the border" is "guy in imatra near the border".</summary>
    public static string Widened(string description, string question, IReadOnlySet<string> speechVerbs)
    {
        var tokens = Tokenizer.Tokenize(question);
        var offset = question.IndexOf(description, StringComparison.OrdinalIgnoreCase);
        var first = tokens.FindIndex(t => t.Start == offset);
        var last = tokens.FindIndex(t => t.End == offset + description.Length);
        if (offset < 0 || first < 0 || last < first)
        {
            return description;
        }

        bool Describes(int i) => !speechVerbs.Contains(tokens[i].Word)
            && (IsWord(tokens[i]) || (PlaceLinks.Contains(tokens[i].Word) && i > 0 && IsWord(tokens[i - 1]) && i + 1 < tokens.Count && IsWord(tokens[i + 1])));
        var (from, to) = (first, last);
        while (from > 0 && Describes(from - 1))
        {
            from--;
        }

        while (to + 1 < tokens.Count && Describes(to + 1))
        {
            to++;
        }

        return question[tokens[from].Start..tokens[to].End];
    }

    private static bool Fits(KnowledgeIndex index, CorpusActor actor, List<TextToken> words, List<TextToken> missing, List<ConceptMatch> matches)
    {
        var held = words.Except(missing).ToList();
        // Some word must name a person ("analyst", "guy", a word of their role), not what was said ("the Geneva detainee deal"),
        // and a word for a person that the sentence gives someone else ("met the Russian ambassador") is no fit.
        var namesThem = words.Exists(w => NamesAPerson(index, actor, w))
            && !words.Exists(w => IsPersonWord(index, w) && actor.IntroductionStems.Contains(w.Stem) && !Describes(index, actor, w));
        var leavesOutFewEverydayWords = missing.Count <= (words.Count >= LongDescription ? 2 : 1)
            && missing.TrueForAll(w => index.Vocabulary.CommonWords.Contains(w.Word) && !SaysWhichPerson(index, words, held, w));
        // A country or place the sentence names says where, not who: another held word must say who.
        var saysWho = held.Exists(w => !IsConcept(index, words, matches, w));
        var enough = held.Count >= MinHeld || held.TrueForAll(w => IsDistinctive(index, words, matches, w));
        return namesThem && leavesOutFewEverydayWords && saysWho && enough;
    }

    /// <summary>"foreign" of "foreign minister": an everyday word right before a held word for a person says which of them, so it is
    /// never the one left out.</summary>
    private static bool SaysWhichPerson(KnowledgeIndex index, List<TextToken> words, List<TextToken> held, TextToken word)
    {
        var next = words.IndexOf(word) + 1;
        return next < words.Count && held.Contains(words[next]) && IsPersonWord(index, words[next]);
    }

    /// <summary>A word that can describe someone: not a function word, or a word for a person ("guy") that chat uses as filler.</summary>
    private static bool IsWord(TextToken token) => !token.IsFunctionWord || QuestionParser.PersonNouns.Contains(token.Word);

    private static bool NamesAPerson(KnowledgeIndex index, CorpusActor actor, TextToken word) =>
        IsPersonWord(index, word) || Describes(index, actor, word);

    private static bool IsPersonWord(KnowledgeIndex index, TextToken word) =>
        IsSpecialist(word.Word) || QuestionParser.PersonNouns.Contains(word.Word) || index.Vocabulary.PersonWords.Contains(word.Word) || index.PeopleByTitle.ContainsKey(word.Word);

    /// <summary>"seismologist", "strategist": a word for someone by their field (short words of that ending are verbs: "insist").</summary>
    private static bool IsSpecialist(string word) => word.Length >= MinSpecialistLength && word.EndsWith("ist", StringComparison.Ordinal);

    private const int MinSpecialistLength = 8;

    /// <summary>"rusi" of "the RUSI analyst": a word of no everyday use that names no place, people or speaker, which one held
    /// word may stand for.</summary>
    private static bool IsDistinctive(KnowledgeIndex index, List<TextToken> words, List<ConceptMatch> matches, TextToken word) =>
        !index.Vocabulary.CommonWords.Contains(word.Word) && !IsConcept(index, words, matches, word);

    /// <summary>A word of a place, a people, a speaker or a synonym group (not of a topic).</summary>
    private static bool IsConcept(KnowledgeIndex index, List<TextToken> words, List<ConceptMatch> matches, TextToken word)
    {
        var at = words.IndexOf(word);
        return matches.Exists(m => m.Start <= at && at < m.Start + m.Length && index.Concepts[m.Concept].Kind != ConceptKind.Topic);
    }

    private static bool IsPlural(TextToken word) => word.Word.EndsWith('s') && !word.Word.EndsWith("ss", StringComparison.Ordinal) && word.Stem != word.Word;

    /// <summary>The terms by which a word may be a place or a rare word of someone's story (<see cref="SetsTheirStory"/>): the places
    /// it names, and its own term when it is no everyday word.</summary>
    private static int[] StoryTermsOf(KnowledgeIndex index, List<TextToken> words, List<ConceptMatch> matches, TextToken word)
    {
        var at = words.IndexOf(word);
        var terms = matches.Where(m => m.Start <= at && at < m.Start + m.Length && index.Concepts[m.Concept].Kind == ConceptKind.Place)
            .Select(m => index.ConceptTermId(m.Concept)).ToList();
        if (!index.Vocabulary.CommonWords.Contains(word.Word))
        {
            terms.Add(index.TermOf(word.Stem));
        }

        return [.. terms.Where(t => t >= 0)];
    }

    /// <summary>"Finland's defence minister", "the guesthouse owner in Ohrid": a place their story is set in or a rare word its headline
    /// holds ("Finland becomes NATO's 31st member", "… agree on annex in Ohrid"), which the sentence introducing them need not repeat.</summary>
    private static bool SetsTheirStory(KnowledgeIndex index, CorpusActor actor, int[] terms)
    {
        if (terms.Length == 0)
        {
            return false;
        }

        foreach (var entry in actor.Entries)
        {
            var article = index.Statements[entry].Article;
            if (Array.Exists(terms, t => Array.BinarySearch(index.SettingTerms(article), t) >= 0 || Array.BinarySearch(index.HeadlineTerms(article), t) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the actor's names or roles hold the word (also one no statement holds: "minister").</summary>
    private static bool Describes(KnowledgeIndex index, CorpusActor actor, TextToken word) =>
        actor.DescriptorContains(index.TermOf(word.Stem)) || actor.NamesHoldUnknownWord(word.Word);

    private static bool Holds(KnowledgeIndex index, CorpusActor actor, TextToken word) =>
        actor.IntroductionStems.Contains(word.Stem) || Describes(index, actor, word);
}
