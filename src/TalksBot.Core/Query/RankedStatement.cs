using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>A statement with its BM25F score and how much of the question it covers (0..1).</summary>
internal readonly record struct RankedStatement(IndexedStatement Statement, double Score, double Coverage)
{
    /// <summary>Score damped by coverage, so a statement about everything the question asks beats one
    /// that repeats a single word of it.</summary>
    public double Rank => Score * (0.25 + 0.75 * Coverage);
}
