using System.Security.Cryptography;

namespace TalksBot.Core.Feedback;

/// <summary>Gives each rated answer its key and keeps it in <see cref="IRatedAnswerStore"/>, for a click whose
/// button was too small to carry the whole question, and for the later pages of an answer (found by their
/// "More quotes" key), which carry the same rating.</summary>
public sealed class RatingRegistry(IRatedAnswerStore store)
{
    private const string KeyAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int KeyLength = 10;

    private const string PagesPrefix = "pages:";

    /// <param name="followUpKey">The key of the answer's "More quotes" pages, when it has more.</param>
    public async ValueTask<RatedAnswer> AddAsync(string question, bool answered, IReadOnlyList<string> statementIds, string? followUpKey, CancellationToken cancellationToken = default)
    {
        var rated = new RatedAnswer(RandomNumberGenerator.GetString(KeyAlphabet, KeyLength), question, answered, statementIds);
        await store.AddAsync(rated.Key, rated, cancellationToken);
        if (followUpKey is not null)
        {
            await store.AddAsync(PagesPrefix + followUpKey, rated, cancellationToken);
        }

        return rated;
    }

    public static bool IsKey(string text) => text.Length == KeyLength && text.All(KeyAlphabet.Contains);

    public ValueTask<RatedAnswer?> FindAsync(string key, CancellationToken cancellationToken = default) => store.FindAsync(key, cancellationToken);

    /// <summary>The rating of the answer whose "More quotes" pages have <paramref name="followUpKey"/>.</summary>
    public ValueTask<RatedAnswer?> FindByPagesAsync(string followUpKey, CancellationToken cancellationToken = default) =>
        store.FindAsync(PagesPrefix + followUpKey, cancellationToken);
}
