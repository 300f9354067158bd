using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Quoted or reported words that are not someone's statement: a short label after a naming verb, and
/// narration cut off by the end of an excerpt.</summary>
internal static class NonStatements
{
    /// <summary>Longest quote after a naming verb that is taken as a label ("a “special military operation”").</summary>
    private const int MaxLabelWords = 3;

    private const string SentenceEnds = ".!?…\"”’')]";

    /// <summary>The quote follows a naming verb and at most a determiner ("what it called a “…”", "dubbed its “…”"), or an
    /// indefinite article alone.</summary>
    public static bool IsLabel(string masked, int from, QuoteSpan q, string inner, Lexicon lexicon)
    {
        if (Words.Count(inner) > MaxLabelWords)
        {
            return false;
        }

        var tokens = Token.Split(masked, from, q.Open);
        if (tokens.Count > 0 && tokens[^1].Word is "a" or "an" && char.IsLower(inner[0]) && !SentenceEnds.Contains(inner[^1]))
        {
            // "it began a “river protection operation”": a short lower-case term brought in by an indefinite article is
            // being named, whatever the verb; a remark would be "the …" or a clause.
            return true;
        }

        if (tokens.Count > 0 && tokens[^1].Word is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "it" or "them")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count > 0 && lexicon.NamingVerbs.Contains(tokens[^1].Word);
    }

    /// <summary>A reported claim running into the end of an excerpt cut mid-sentence ("…meetings between the Ru"):
    /// the writer's words are incomplete, so they are not cited. A quote cut there is kept as far as it goes.</summary>
    public static bool IsCutNarration(StatementDraft s, IReadOnlyList<string> paragraphs)
    {
        var text = paragraphs[s.Paragraph].TrimEnd();
        return s.Kind == StatementKind.ReportedClaim && s.Paragraph == paragraphs.Count - 1 && s.End >= text.Length
            && text.Length > 0 && !SentenceEnds.Contains(text[^1]);
    }
}
