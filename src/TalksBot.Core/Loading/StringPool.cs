using System.Collections.Concurrent;

namespace TalksBot.Core.Loading;

/// <summary>One copy of each short string that many articles repeat (actor ids, names, roles,
/// aliases, topic ids, publishers). A 10,000-article corpus would otherwise keep hundreds of
/// thousands of identical strings alive, and every one of them costs the garbage collector a
/// copy while the data loads. Lists of them (aliases, topics) are shared the same way. Safe to share between the threads of a parallel load.</summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string[], string[]> _lists = new(new SameStrings());

    public string Share(string text) => _strings.GetOrAdd(text, text);

    public string? ShareOrNull(string? text) => text is null ? null : Share(text);

    public IReadOnlyList<string> Share(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var shared = new string[texts.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = Share(texts[i]);
        }

        return _lists.GetOrAdd(shared, shared);
    }

    /// <summary>Lists with the same strings in the same order (the strings already shared).</summary>
    private sealed class SameStrings : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] texts)
        {
            var hash = new HashCode();
            foreach (var text in texts)
            {
                hash.Add(text);
            }

            return hash.ToHashCode();
        }
    }
}
