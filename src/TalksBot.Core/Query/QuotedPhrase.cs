using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"who said 'the situation has not become easier'": a phrase the asker puts in quotation
/// marks. The statements that hold its words in that order are the answer, before any that merely
/// share some of them (a short fragment of the same remark scores higher by words alone).</summary>
internal static class QuotedPhrase
{
    private const int MinWords = 3;
    private const string Opening = "\"'“‘«";
    private const string Closing = "\"'”’»";

    /// <summary>The content stems of the longest quoted phrase of the question, or null.</summary>
    public static string[]? Find(string question)
    {
        string[]? best = null;
        for (var start = 0; start < question.Length; start++)
        {
            // A mark opens a quotation at the start of a word and closes one at its end: the
            // apostrophes of "Russia's" and "we'll" do neither.
            if (!Opening.Contains(question[start]) || (start > 0 && !char.IsWhiteSpace(question[start - 1])))
            {
                continue;
            }

            var end = start + 1;
            while (end < question.Length && !(Closing.Contains(question[end]) && (end + 1 == question.Length || !char.IsLetterOrDigit(question[end + 1]))))
            {
                end++;
            }

            if (end >= question.Length)
            {
                break;
            }

            var stems = Tokenizer.Tokenize(question[(start + 1)..end]).Select(t => t.Stem).ToArray();
            if (stems.Length >= MinWords && stems.Length > (best?.Length ?? 0))
            {
                best = stems;
            }

            start = end;
        }

        return best;
    }

    /// <summary>The statements whose quote holds the phrase's words in order, in index order.</summary>
    public static List<IndexedStatement> HeldBy(KnowledgeIndex index, string[] phrase) =>
        [.. index.Statements.Where(s => Holds(s.QuoteTokens, phrase))];

    private static bool Holds(TextToken[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && tokens[i + j].Stem == phrase[j])
            {
                j++;
            }

            if (j == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
