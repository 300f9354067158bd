using System.Security.Cryptography;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Remembers answers whose citations did not fit one reply, under a short random key, so a
/// "More quotes" button (whose payload is limited to ~100 characters) can fetch the next page.
/// Bounded in size and time; an expired key gets a clear "ask again" reply.</summary>
public sealed class FollowUpStore(TimeProvider time, int capacity, TimeSpan lifetime)
{
    private const string KeyAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int KeyLength = 10;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public string Add(Answer answer)
    {
        var key = RandomNumberGenerator.GetString(KeyAlphabet, KeyLength);
        lock (_lock)
        {
            while (_order.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _entries.Remove(oldest);
            }

            _entries[key] = new Entry(answer, time.GetUtcNow() + lifetime);
            _order.Enqueue(key);
        }

        return key;
    }

    public static bool IsKey(string text) => text.Length == KeyLength && text.All(KeyAlphabet.Contains);

    public Answer? Find(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                return null;
            }

            if (entry.Expires > time.GetUtcNow())
            {
                return entry.Answer;
            }

            _entries.Remove(key);
            return null;
        }
    }

    private sealed record Entry(Answer Answer, DateTimeOffset Expires);
}
