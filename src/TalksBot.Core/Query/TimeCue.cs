using System.Collections.Frozen;
using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Whether a statement tells when something happens: a time word (the "when" answer type of the
/// vocabulary) or a year that the question does not already give ("a 15-year period" is no date). "what time did the talks start on
/// Tuesday" is not answered by a statement whose only time is "Tuesday".</summary>
internal static class TimeCue
{
    /// <summary>Words that put a question or a statement in the time still to come.</summary>
    public static readonly FrozenSet<string> FutureWords = new[]
    {
        "will", "next", "upcoming", "scheduled", "planned", "gonna", "future", "soon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A statement can tell when something yet to come happens only in words that look ahead.</summary>
    private static readonly FrozenSet<string> LookingAhead = new[]
    {
        "will", "would", "next", "may", "might", "could", "shall", "plan", "plans", "planned", "expected", "expects",
        "soon", "later", "upcoming", "future", "going", "ll",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="future">The question asks when something still to come happens ("when will they meet"):
    /// a statement of what happened ("met on Tuesday") does not tell it.</param>
    public static bool Answers(KnowledgeIndex index, IndexedStatement statement, int whenConcept, IReadOnlySet<string> askedWords, bool future)
    {
        var tokens = statement.QuoteTokens;
        if (future && !tokens.Any(t => LookingAhead.Contains(t.Word)))
        {
            return false;
        }

        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        foreach (var match in matches)
        {
            if (match.Concept == whenConcept && !Enumerable.Range(match.Start, match.Length).Any(i => askedWords.Contains(tokens[i].Word))
                && !IsDuration(statement.Statement.Quote, tokens, match.Start))
            {
                return true;
            }
        }

        return tokens.Any(t => IsYear(t.Word) && !askedWords.Contains(t.Word));
    }

    /// <summary>"a 15-year period", "a two-day visit": a length of time, not a time.</summary>
    private static bool IsDuration(string text, TextToken[] tokens, int at) =>
        at > 0 && tokens[at].Start > 0 && text[tokens[at].Start - 1] == '-' && tokens[at - 1].End == tokens[at].Start - 1
        && (char.IsAsciiDigit(tokens[at - 1].Word[0]) || Numbers.IsNumberWord(tokens[at - 1].Word));

    private static bool IsYear(string word) => word.Length == 4 && int.TryParse(word, out var year) && year is >= 1800 and <= 2200;
}
