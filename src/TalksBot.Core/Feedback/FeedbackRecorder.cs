using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Feedback;

/// <summary>Records a 👍/👎 click from any surface and says what to tell the clicker. The click's
/// rating token supplies the answer key, the cited statements and (when it fits) the question; the
/// rated-answer store fills in the rest.</summary>
public sealed class FeedbackRecorder(
    IFeedbackStore store,
    IKnowledgeSource knowledge,
    RatingRegistry registry,
    TimeProvider time,
    ILogger<FeedbackRecorder> logger)
{
    /// <summary>Null when the token is not one of the bot's; a reason makes the vote a 👎.</summary>
    public async ValueTask<FeedbackAck?> RecordAsync(string token, Vote vote, FeedbackReason? reason, string platform, string? userId, CancellationToken cancellationToken = default)
    {
        if (RatingToken.Decode(token) is not { } rating)
        {
            Log.BadRatingToken(logger, platform);
            return null;
        }

        var remembered = await registry.FindAsync(rating.Key, cancellationToken);
        var statements = remembered?.StatementIds ?? Resolve(rating.StatementRefs);
        var cast = reason is null ? vote : Vote.Down;
        var record = new FeedbackVote(time.GetUtcNow(), rating.Key, UserKey(platform, userId), cast, reason,
            rating.Question ?? remembered?.Question, rating.Answered, statements, platform);
        var replaced = await store.RecordAsync(record, cancellationToken);
        var changed = replaced is not null && replaced.Vote != cast;
        Log.VoteRecorded(logger, platform, cast == Vote.Up ? "up" : "down", changed ? " (changed)" : "");
        return Ack(cast, reason, changed);
    }

    /// <summary>A one-way key for the user: one vote per person and answer without keeping who they are.</summary>
    public static string UserKey(string platform, string? userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(platform + ":" + (userId ?? "")))).Substring(0, 16);

    private List<string> Resolve(IReadOnlyList<string> references)
    {
        var lookup = StatementLookup.Of(knowledge.Current);

        // A statement gone since the answer (data reloaded) keeps its reference, marked as unresolved.
        return [.. references.Select(r => lookup.Resolve(r) ?? "?" + r)];
    }

    private static FeedbackAck Ack(Vote vote, FeedbackReason? reason, bool changed) => (vote, reason) switch
    {
        (Vote.Up, _) => new(changed ? "Changed your rating to 👍. Thanks!" : "Thanks for the 👍 — noted.", OffersReasons: false),
        (_, { } why) => new($"Noted: {FeedbackReasons.Label(why).ToLowerInvariant()}. Thank you — this helps fix it.", OffersReasons: false),
        _ => new((changed ? "Changed your rating to 👎." : "Thanks for the 👎.") + " What was wrong?", OffersReasons: true),
    };
}
