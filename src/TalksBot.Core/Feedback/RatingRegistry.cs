using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TalksBot.Core.Feedback;

/// <summary>Gives each rated answer its key and remembers the latest answers in memory (bounded, oldest
/// forgotten first), for a click whose button was too small to carry the whole question, and for the
/// later pages of an answer (found by their "More quotes" key), which carry the same rating.</summary>
public sealed class RatingRegistry(IOptions<FeedbackOptions> options)
{
    private const string KeyAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int KeyLength = 10;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, RatedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    private const string PagesPrefix = "pages:";

    /// <param name="followUpKey">The key of the answer's "More quotes" pages, when it has more.</param>
    public RatedAnswer Add(string question, bool answered, IReadOnlyList<string> statementIds, string? followUpKey = null)
    {
        var rated = new RatedAnswer(RandomNumberGenerator.GetString(KeyAlphabet, KeyLength), question, answered, statementIds);
        Remember(rated.Key, rated);
        if (followUpKey is not null)
        {
            Remember(PagesPrefix + followUpKey, rated);
        }

        return rated;
    }

    public static bool IsKey(string text) => text.Length == KeyLength && text.All(KeyAlphabet.Contains);

    public RatedAnswer? Find(string key) => Lookup(key);

    /// <summary>The rating of the answer whose "More quotes" pages have <paramref name="followUpKey"/>.</summary>
    public RatedAnswer? FindByPages(string followUpKey) => Lookup(PagesPrefix + followUpKey);

    private RatedAnswer? Lookup(string key)
    {
        lock (_lock)
        {
            return _answers.GetValueOrDefault(key);
        }
    }

    private void Remember(string key, RatedAnswer rated)
    {
        lock (_lock)
        {
            while (_order.Count >= options.Value.RememberedAnswers && _order.TryDequeue(out var oldest))
            {
                _answers.Remove(oldest);
            }

            _answers[key] = rated;
            _order.Enqueue(key);
        }
    }
}
