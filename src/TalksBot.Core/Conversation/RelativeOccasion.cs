using System.Globalization;
using System.Text.RegularExpressions;
using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>"what did Biden say the same day", "what did the Kremlin say a day later", "and Podolyak in the same piece?": a
/// time or an article given relative to the last statement shown. The phrase is no topic: it names the day of that
/// statement's article (moved by a day before or after) or that article itself.</summary>
/// <param name="DayOffset">Days from the shown statement's date (0 the same day), when the phrase names a day.</param>
/// <param name="SameArticle">The phrase names the article of the shown statement.</param>
/// <param name="Start">Where the phrase starts in the message, with the preposition and determiner before it.</param>
/// <param name="End">Where the phrase ends in the message.</param>
internal sealed partial record RelativeOccasion(int? DayOffset, bool SameArticle, int Start, int End)
{
    /// <summary>"a few hours later", "that same hour": the same day.</summary>
    private static readonly HashSet<string> HourWords = ["hour", "hours"];

    /// <summary>Nouns for the piece or occasion that carried a statement.</summary>
    private static readonly HashSet<string> ArticleNouns =
        ["article", "piece", "story", "report", "interview", "event", "address", "briefing", "speech", "broadcast", "conference", "hearing", "summit"];

    private static readonly HashSet<string> LaterWords = ["later", "after", "afterwards"];
    private static readonly HashSet<string> EarlierWords = ["before", "earlier", "prior"];

    /// <summary>What may follow "the day before"/"a day later" for it to count from the last statement: nothing, a question
    /// word opening the rest ("the day after, what did …"), a word pointing back ("the day after that") or a preposition
    /// opening the topic ("a day later about the talks"); a determiner or a name is an anchor of the message's own ("the day
    /// after the talks", "the day after Biden").</summary>
    private static readonly HashSet<string> PointingBack = ["that", "this", "it", "then", "about", "on", "regarding", "over", "concerning"];

    /// <summary>The words that may open the phrase, nearest first: "the next", "that same", "a few", then one determiner,
    /// then one preposition ("on the same day", "at that same event").</summary>
    private static readonly HashSet<string> Qualifiers = ["same", "next", "following", "previous", "few", "couple", "of"];
    private static readonly HashSet<string> Determiners = ["the", "that", "one"];
    private static readonly HashSet<string> Prepositions = ["on", "in", "at", "during", "from"];

    public static RelativeOccasion? Find(MessageReading own)
    {
        var tokens = own.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            var previous = i > 0 ? tokens[i - 1].Word : "";
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : "";
            if (word == "day" || HourWords.Contains(word))
            {
                // "the day after Biden", "the day before the talks" count from what they name, not from the last statement.
                var relative = (LaterWords.Contains(next) || EarlierWords.Contains(next)) && ClosesThePhrase(tokens, i + 2);
                var days = word == "day" ? 1 : 0;
                int? offset = previous is "same" || (previous is "that" && !LaterWords.Contains(next) && !EarlierWords.Contains(next)) ? 0
                    : previous is "next" or "following" || (relative && LaterWords.Contains(next)) ? days
                    : previous is "previous" || (relative && EarlierWords.Contains(next)) ? -days
                    : null;
                if (offset is not null)
                {
                    return new RelativeOccasion(offset, false, tokens[Opening(tokens, i)].Start, tokens[relative ? i + 1 : i].End);
                }
            }

            // "in the same piece", "in that same BBC piece"; "that report" alone is the one just shown ("is that report confirmed").
            if (ArticleNouns.Contains(word) && previous == "same")
            {
                return new RelativeOccasion(null, true, tokens[Opening(tokens, i)].Start, tokens[i].End);
            }

            if (ArticleNouns.Contains(word) && i > 1 && tokens[i - 2].Word == "same")
            {
                return new RelativeOccasion(null, true, tokens[Opening(tokens, i - 1)].Start, tokens[i].End);
            }
        }

        return null;
    }

    /// <summary>The day or the article the phrase names, in words the question parser reads (" on 2022-03-30", " in The
    /// Indian Express on 2022-03-31"); null when the shown statement's article has no date to count from, or no article is of
    /// that day (the coverage cannot say what was said then).</summary>
    public string? Where(Citation shown, KnowledgeIndex index)
    {
        var date = shown.Source.Date;
        if (SameArticle)
        {
            return " in " + shown.Source.Publisher + (date is { } published ? " on " + Iso(published) : "");
        }

        return date is { } shownDate && DayOffset is { } offset && shownDate.AddDays(offset) is var day && index.Articles.Any(a => a.Date == day)
            ? " on " + Iso(day)
            : null;
    }

    /// <summary>The message without the phrase.</summary>
    public string Without(string text) =>
        (LeadingWords().Replace(text[..Start], "") + " " + text[End..]).Trim().Trim(',').Trim().TrimEnd('?', '!', '.').TrimEnd();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool ClosesThePhrase(IReadOnlyList<Text.TextToken> tokens, int at) =>
        at >= tokens.Count || MessageReading.IsQuestionWord(tokens[at].Word) || PointingBack.Contains(tokens[at].Word);

    /// <summary>Where the phrase of the noun at <paramref name="at"/> starts: back over its qualifiers, determiner and preposition.</summary>
    private static int Opening(IReadOnlyList<Text.TextToken> tokens, int at)
    {
        var start = at;
        while (start > 0 && Qualifiers.Contains(tokens[start - 1].Word))
        {
            start--;
        }

        foreach (var words in new[] { Determiners, Prepositions })
        {
            // Only a word right before: in "responded to that a few hours later" the "that" before the tokenizer's unkept "a"
            // is what was responded to.
            if (start > 0 && words.Contains(tokens[start - 1].Word) && tokens[start].Start - tokens[start - 1].End == 1)
            {
                start--;
            }
        }

        return start;
    }

    /// <summary>Short words the tokenizer leaves out that still open the phrase ("a day later").</summary>
    [GeneratedRegex(@"(?:\b(?i:a|an|one|of)\s+)+$")]
    private static partial Regex LeadingWords();
}
