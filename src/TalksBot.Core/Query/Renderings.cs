using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>The same statement as another article renders it: the same speaker, another article,
/// and mostly the same words (translations of one remark differ by outlet).</summary>
internal static class Renderings
{
    private const double MinSharedWords = 0.4;

    public static bool AreRenderingsOfOneStatement(IndexedStatement a, IndexedStatement b)
    {
        if (a.Article.Id == b.Article.Id || a.Statement.Speaker != b.Statement.Speaker
            || string.Equals(a.Statement.Quote, b.Statement.Quote, StringComparison.Ordinal))
        {
            return false;
        }

        var first = a.ContentStems;
        var second = b.ContentStems;
        var shared = SharedCount(first, second);
        var union = first.Length + second.Length - shared;
        return union > 0 && (double)shared / union >= MinSharedWords;
    }

    /// <summary>Moves the best other rendering of the top statement right behind it.</summary>
    public static List<RankedStatement> PairTop(List<RankedStatement> chosen, List<RankedStatement> candidates)
    {
        if (chosen.Count == 0)
        {
            return chosen;
        }

        var top = chosen[0].Statement;
        var other = candidates.FirstOrDefault(c => AreRenderingsOfOneStatement(top, c.Statement));
        if (other.Statement is null)
        {
            return chosen;
        }

        var result = new List<RankedStatement>(chosen.Count + 1) { chosen[0], other };
        result.AddRange(chosen.Skip(1).Where(c => c.Statement != other.Statement));
        return result;
    }

    /// <summary>How many entries two ordinally sorted, distinct arrays share.</summary>
    private static int SharedCount(string[] first, string[] second)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < first.Length && j < second.Length)
        {
            var order = string.CompareOrdinal(first[i], second[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return shared;
    }
}
