using TalksBot.Core.Feedback;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Rendering;

/// <summary>The 👍/👎 buttons under an answer and the reason buttons after a 👎. Their custom_id is
/// "tbf:" + a choice ("u", "d", or "r" and a reason number) + ":" + the rating token, so that whichever
/// process receives the click can record it.</summary>
internal static class FeedbackButtons
{
    public const string Prefix = "tbf:";

    private const int TokenRoom = DiscordLimits.CustomId - 8;

    public static IReadOnlyList<Component> Vote(RatedAnswer rating) =>
        RatingToken.From(rating).Encode(TokenRoom) is { } token
            ? [Component.Button("👍", Prefix + "u:" + token, Component.SecondaryStyle), Component.Button("👎", Prefix + "d:" + token, Component.SecondaryStyle)]
            : [];

    public static Component Reasons(string token) =>
        Component.Row([.. FeedbackReasons.All.Select(r => Component.Button(FeedbackReasons.Label(r), Prefix + "r" + (int)r + ":" + token, Component.SecondaryStyle))]);

    /// <summary>The click a custom_id stands for, or null when it is not a feedback button.</summary>
    public static FeedbackClick? Parse(string? customId)
    {
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = customId[Prefix.Length..].Split(':', 2);
        if (parts is not [var choice, var token])
        {
            return null;
        }

        return choice switch
        {
            "u" => new FeedbackClick(Core.Feedback.Vote.Up, null, token),
            "d" => new FeedbackClick(Core.Feedback.Vote.Down, null, token),
            ['r', var digit] when digit - '0' is var n && n >= 0 && n < FeedbackReasons.All.Count => new FeedbackClick(Core.Feedback.Vote.Down, FeedbackReasons.All[n], token),
            _ => null,
        };
    }
}

internal sealed record FeedbackClick(Vote Vote, FeedbackReason? Reason, string Token);
