namespace TalksBot.Core.Index;

/// <summary>BM25 constants (Robertson's usual values, also Lucene's defaults).</summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;
}
