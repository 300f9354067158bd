using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"did Putin and Zelensky meet in the end", "did Ukraine join the EU eventually", "did Russia
/// withdraw in April": the question asks how things turned out after the newest article, which no statement
/// can tell. Answers the date the coverage runs to, or null when the question asks no such thing.</summary>
internal static class LaterOutcome
{
    private static readonly string[] OutcomeWords = ["eventually", "ultimately", "afterwards", "afterward", "nowadays", "currently", "anymore"];

    /// <summary>Words a chat message may open with before its question word ("and how did …").</summary>
    private static readonly HashSet<string> LeadWords = ["and", "so", "ok", "okay", "but", "then", "hey", "well"];

    private static readonly string[][] OutcomePhrases = [["in", "the", "end"], ["end", "up"], ["ended", "up"], ["since", "then"], ["by", "now"]];

    public static DateOnly? Asked(KnowledgeIndex index, IReadOnlyList<TextToken> tokens, IReadOnlyList<ConceptMatch> matches)
    {
        // "how did Ukraine describe the talks afterwards": what someone said after the event, not how things turned out ("did Russia
        // eventually accept", "did they keep the promise in the end" still ask that).
        var saying = tokens.FirstOrDefault(t => !LeadWords.Contains(t.Word)) is { Word: "what" or "how" }
            && tokens.Any(t => index.Vocabulary.SpeechVerbs.Contains(t.Word, StringComparer.Ordinal));
        var outcome = (!saying && (tokens.Any(t => OutcomeWords.Contains(t.Word)) || OutcomePhrases.Any(p => Contains(tokens, p))))
            || StillHolds(index, tokens, matches);
        var months = MonthsAsked(tokens);
        if (!outcome && months.Count == 0)
        {
            return null;
        }

        // Only now, for the few questions that ask it: the newest date means a pass over every article.
        var dates = index.Articles.Select(a => a.Date).OfType<DateOnly>().ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var latest = dates.Max();
        // "in November" with no year: the November of the newest article's year only when the coverage is all of that year.
        var oneYear = dates.Min().Year == latest.Year;
        return outcome || months.Exists(m => m.Year is { } year
            ? year > latest.Year || (year == latest.Year && m.Month > latest.Month)
            : oneYear && m.Month > latest.Month)
            ? latest
            : null;
    }

    /// <summary>"is Kirby still at the Pentagon", "is Zelensky still president": whether someone still is what the
    /// coverage says they were, which only a later article could tell.</summary>
    private static bool StillHolds(KnowledgeIndex index, IReadOnlyList<TextToken> tokens, IReadOnlyList<ConceptMatch> matches) =>
        tokens.Count > 2 && tokens[0].Word is "is" or "are"
        && matches.FirstOrDefault(m => m.Start == 1 && index.Concepts[m.Concept].Kind == ConceptKind.Actor) is { Length: > 0 } person
        && index.ActorsByConcept[person.Concept].Actor.Kind == Knowledge.ActorKind.Person
        && person.Start + person.Length < tokens.Count && tokens[person.Start + person.Length].Word == "still";

    /// <summary>"in April", "by May 2023": months the question sets itself in, with the year when it gives one.</summary>
    private static List<(int Month, int? Year)> MonthsAsked(IReadOnlyList<TextToken> tokens)
    {
        var months = new List<(int Month, int? Year)>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Word is "in" or "by" or "since" && tokens[i].Word.Length >= 3 && DateMention.Month(tokens[i].Word) is { } month)
            {
                int? year = i + 1 < tokens.Count && int.TryParse(tokens[i + 1].Word, out var y) && y is > 1800 and < 2200 ? y : null;
                months.Add((month, year));
            }
        }

        return months;
    }

    private static bool Contains(IReadOnlyList<TextToken> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            if (phrase.Select((word, k) => tokens[i + k].Word == word).All(match => match))
            {
                return true;
            }
        }

        return false;
    }
}
