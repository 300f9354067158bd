namespace TalksBot.Core.Index;

/// <summary>The statements a term occurs in, each with its precomputed BM25F term weight
/// (field-weighted, length-normalised frequency, already saturated by k1).</summary>
internal sealed record Postings(int[] Entries, float[] Weights)
{
    public int DocumentFrequency => Entries.Length;
}
