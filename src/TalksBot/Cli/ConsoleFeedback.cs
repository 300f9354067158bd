using System.Globalization;
using TalksBot.Core.Feedback;

namespace TalksBot.Cli;

/// <summary>"good" and "bad" (optionally "bad 1"…"bad 4", a reason) after an answer in the console chat,
/// recorded like a click on 👍/👎. The last rated answer is the one rated.</summary>
internal sealed class ConsoleFeedback(FeedbackRecorder recorder)
{
    private const string Surface = "console";

    private string? _token;

    public static string Hint => "Rate it: “good” or “bad”.";

    public void Answered(RatedAnswer? rating) => _token = rating is null ? _token : RatingToken.From(rating).Encode(int.MaxValue);

    /// <summary>The acknowledgement when <paramref name="line"/> is a rating, otherwise null.</summary>
    public async Task<string?> TryRateAsync(string line, CancellationToken cancellationToken)
    {
        var words = line.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (Vote Vote, FeedbackReason? Reason)? rating = words switch
        {
            ["good"] or ["👍"] => (Vote.Up, null),
            ["bad"] or ["👎"] => (Vote.Down, null),
            ["bad", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= FeedbackReasons.All.Count
                => (Vote.Down, FeedbackReasons.All[number - 1]),
            _ => null,
        };
        if (rating is not var (vote, reason))
        {
            return null;
        }

        if (_token is null)
        {
            return "There is no answer to rate yet.";
        }

        var ack = await recorder.RecordAsync(_token, vote, reason, Surface, Surface, cancellationToken);
        return ack switch
        {
            null => "That answer can no longer be rated.",
            { OffersReasons: true } => ack.Text + " Say " + string.Join(", ", FeedbackReasons.All.Select((r, i) => $"“bad {i + 1}” {FeedbackReasons.Label(r).ToLowerInvariant()}")) + ".",
            _ => ack.Text,
        };
    }
}
