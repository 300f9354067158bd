using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"chaus telegram do we believe it", "who said ukrainians are not naive": a question that repeats a run of a
/// quote's own words, unquoted. Of the statements that answer, the one holding the longest such run goes first.</summary>
internal static class EchoedWords
{
    /// <summary>A run shorter than this, or of function words only, is ordinary wording, not an echo.</summary>
    private const int MinRun = 3;

    /// <summary>A run with fewer function words than this is a noun phrase of the topic ("the harbour fees"), not wording.</summary>
    private const int MinFunctionWords = 2;

    private const int Lookahead = 8;

    public static void First(string question, List<RankedStatement> ranked, double minCoverage)
    {
        if (ranked.Count < 2)
        {
            return;
        }

        var asked = Tokenizer.Tokenize(question);
        var runs = ranked.Take(Lookahead).Select(r => r.Coverage >= minCoverage ? LongestRun(asked, r.Statement.Statement.Quote, r.Statement.QuoteTokens) : 0).ToList();
        var best = runs.IndexOf(runs.Max());
        if (best > 0 && runs[best] > runs[0])
        {
            var echoed = ranked[best];
            ranked.RemoveAt(best);
            ranked.Insert(0, echoed);
        }
    }

    /// <summary>The length of the longest run of the question's words, in order, in the quote, holding a word of
    /// substance (not a function word, not a name: a speaker's name repeated is no echo of what they said) and the function
    /// words of wording ("do we believe", "are not naive"); 0 when shorter than <see cref="MinRun"/>.</summary>
    private static int LongestRun(List<TextToken> asked, string text, TextToken[] quote)
    {
        var longest = 0;
        for (var i = 0; i < asked.Count; i++)
        {
            for (var j = 0; j < quote.Length; j++)
            {
                var length = 0;
                var substance = false;
                var function = 0;
                while (i + length < asked.Count && j + length < quote.Length && asked[i + length].Stem == quote[j + length].Stem)
                {
                    substance |= !asked[i + length].IsFunctionWord && char.IsLower(text[quote[j + length].Start]);
                    function += asked[i + length].IsFunctionWord ? 1 : 0;
                    length++;
                }

                if (length >= MinRun && substance && function >= MinFunctionWords)
                {
                    longest = Math.Max(longest, length);
                }
            }
        }

        return longest;
    }
}
