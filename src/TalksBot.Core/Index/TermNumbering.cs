using System.Collections.Concurrent;

namespace TalksBot.Core.Index;

/// <summary>Gives every term key an id while articles are described in parallel, then renumbers
/// the ids in order of first use across the articles, so a corpus gets the same ids however the
/// work was scheduled.</summary>
internal sealed class TermNumbering
{
    private readonly ConcurrentDictionary<string, int> _provisional = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>A provisional id for <paramref name="key"/>; safe to call from several threads.</summary>
    public int Provisional(string key) =>
        _provisional.TryGetValue(key, out var id) ? id : _provisional.GetOrAdd(key, static (_, numbering) => Interlocked.Increment(ref numbering._count) - 1, this);

    /// <summary>Rewrites <paramref name="termLists"/> (in article order) from provisional to final
    /// ids and returns the final id of every key and the key of every id.</summary>
    public (Dictionary<string, int> Ids, string[] Keys) Renumber(IReadOnlyList<int[]> termLists)
    {
        // A race in GetOrAdd can burn an id, so provisional ids may have gaps.
        var keys = new string[_count];
        foreach (var (key, id) in _provisional)
        {
            keys[id] = key;
        }

        var final = new int[keys.Length];
        Array.Fill(final, -1);
        var ids = new Dictionary<string, int>(_provisional.Count, StringComparer.Ordinal);
        var finalKeys = new string[_provisional.Count];
        foreach (var terms in termLists)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                var id = final[terms[i]];
                if (id < 0)
                {
                    id = final[terms[i]] = ids.Count;
                    ids[keys[terms[i]]] = id;
                    finalKeys[id] = keys[terms[i]];
                }

                terms[i] = id;
            }
        }

        return (ids, finalKeys);
    }
}
