using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Tr;

namespace TalksBot.Core.Text;

/// <summary>Function words of other languages (Lucene's stop sets for German, French, Russian,
/// Turkish, Czech, Spanish, Italian, Portuguese and Dutch), folded to ASCII as questions are, less
/// those that are English words too: a sign that a question is written in another language.</summary>
internal static class ForeignFunctionWords
{
    private static readonly HashSet<string> Words = Build();

    public static bool Contains(string word) => Words.Contains(word);

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[]
        {
            GermanAnalyzer.DefaultStopSet, FrenchAnalyzer.DefaultStopSet, RussianAnalyzer.DefaultStopSet, TurkishAnalyzer.DefaultStopSet,
            CzechAnalyzer.DefaultStopSet, SpanishAnalyzer.DefaultStopSet, ItalianAnalyzer.DefaultStopSet, PortugueseAnalyzer.DefaultStopSet,
            DutchAnalyzer.DefaultStopSet,
        })
        {
            foreach (var entry in set)
            {
                foreach (var token in Tokenizer.Tokenize(entry.ToString()!))
                {
                    if (!token.IsFunctionWord && token.Word.Length > 1)
                    {
                        words.Add(token.Word);
                    }
                }
            }
        }

        return words;
    }
}
