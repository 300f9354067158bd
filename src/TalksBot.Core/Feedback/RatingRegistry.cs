using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TalksBot.Core.Feedback;

/// <summary>Gives each rated answer its key and remembers the latest answers in memory (bounded, oldest
/// forgotten first), for a click whose button was too small to carry the whole question.</summary>
public sealed class RatingRegistry(IOptions<FeedbackOptions> options)
{
    private const string KeyAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int KeyLength = 10;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, RatedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public RatedAnswer Add(string question, bool answered, IReadOnlyList<string> statementIds)
    {
        var rated = new RatedAnswer(RandomNumberGenerator.GetString(KeyAlphabet, KeyLength), question, answered, statementIds);
        lock (_lock)
        {
            while (_order.Count >= options.Value.RememberedAnswers && _order.TryDequeue(out var oldest))
            {
                _answers.Remove(oldest);
            }

            _answers[rated.Key] = rated;
            _order.Enqueue(rated.Key);
        }

        return rated;
    }

    public static bool IsKey(string text) => text.Length == KeyLength && text.All(KeyAlphabet.Contains);

    public RatedAnswer? Find(string key)
    {
        lock (_lock)
        {
            return _answers.GetValueOrDefault(key);
        }
    }
}
