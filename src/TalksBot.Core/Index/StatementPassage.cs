namespace TalksBot.Core.Index;

/// <summary>The part of a paragraph that speaks of a statement: the sentences its quote spans and the
/// sentence before them (where "X said:" or the setting usually stands). A long paragraph of a real
/// article runs on to other matters; its other sentences are not context of this statement.</summary>
internal static class StatementPassage
{
    /// <returns>Character range [Start, End) in the paragraph; the whole paragraph when the quote is not found in it.</returns>
    public static (int Start, int End) Around(string paragraph, string quote)
    {
        var at = paragraph.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0)
        {
            return (0, paragraph.Length);
        }

        var starts = Sentences.Starts(paragraph);
        var first = Array.FindLastIndex(starts, s => s <= at);
        var last = Array.FindLastIndex(starts, s => s < at + Math.Max(1, quote.Length));
        var start = starts[Math.Max(0, first - 1)];
        var end = last + 1 < starts.Length ? starts[last + 1] : paragraph.Length;
        return (start, end);
    }
}
