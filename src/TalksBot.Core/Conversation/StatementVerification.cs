using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Conversation;

/// <summary>"is that confirmed?", "did the BBC confirm it", "has anyone verified that": whether the articles of the last answer
/// say the statement was checked. A sentence of the statement's article, in its paragraph or the two after it, that speaks
/// of confirming, verifying or corroborating ("The BBC has not been able to confirm this
/// independently") is cited first, as the article's own words, then the statement. Only general English patterns.</summary>
internal static class StatementVerification
{
    private static readonly string[] CheckWords =
        ["confirm", "confirmed", "confirms", "confirmation", "verify", "verified", "verifies", "verification", "corroborate", "corroborated",
         "corroboration", "independently"];

    /// <summary>Besides a word of checking: the words of "is that confirmed", "did the BBC confirm it", "has anyone verified this".</summary>
    private static readonly HashSet<string> Around =
        ["is", "was", "are", "were", "has", "have", "had", "been", "did", "does", "do", "can", "could", "anyone", "anybody", "someone", "it", "that",
         "this", "those", "these", "the", "claim", "claims", "report", "reports", "independently", "actually", "really", "officially", "yet", "by",
         "be", "ever", "so", "and", "but", "ok", "okay", "any", "way", "to"];

    private const int ParagraphsAfter = 2;

    /// <summary>Whether the message only asks if the last statement was checked: a word of checking and otherwise only
    /// function words, pointers and the outlet it names.</summary>
    public static bool Asks(MessageReading own)
    {
        var words = own.Tokens.Select(t => t.Word).ToList();
        var source = Tokenizer.Tokenize(own.Source ?? "").Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
        return words.Any(w => CheckWords.Contains(w)) && words.All(w => CheckWords.Contains(w) || Around.Contains(w) || source.Contains(w));
    }

    /// <summary>The first checking sentence at or after one of the shown statements, then that statement; null when none is.</summary>
    public static Answer? Of(KnowledgeIndex index, IReadOnlyList<Citation> shown)
    {
        foreach (var citation in shown)
        {
            if (index.Articles.FirstOrDefault(a => a.Id == citation.Source.ArticleId) is not { } article)
            {
                continue;
            }

            // Nearest first: the statement's own paragraph, then the ones after it (a note before it is about an earlier claim).
            int[] near = [citation.Paragraph, .. Enumerable.Range(citation.Paragraph + 1, ParagraphsAfter)];
            foreach (var paragraph in near.Where(p => p >= 1 && p <= article.Paragraphs.Count))
            {
                if (CheckingSentence(article.Paragraphs[paragraph - 1], citation.Quote) is { } sentence)
                {
                    var note = new Citation(sentence, citation.Source.Publisher, null, null, citation.Source, paragraph, StatementKind.Narration);
                    return new Answer(true, $"{note.Speaker}: (in the article's words) {sentence}", [note, citation]);
                }
            }
        }

        return null;
    }

    /// <summary>A sentence of the paragraph that speaks of checking, other than the statement's own words.</summary>
    private static string? CheckingSentence(string paragraph, string quote)
    {
        var starts = Sentences.Starts(paragraph);
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : paragraph.Length;
            var sentence = paragraph[starts[i]..end].Trim();
            if (sentence.Length > 0 && !sentence.Contains(quote, StringComparison.Ordinal) && !quote.Contains(sentence, StringComparison.Ordinal)
                && WholeWords.HoldsAny(sentence, CheckWords))
            {
                return sentence;
            }
        }

        return null;
    }
}
