using TalksBot.Core.Feedback;

namespace TalksBot.Slack.Rendering;

/// <summary>The 👍/👎 buttons under an answer and the private acknowledgement of a click (with a choice
/// of reasons after a 👎). Each button's value is the rating token, so any instance can record the click.</summary>
internal static class FeedbackBlocks
{
    public const string UpActionId = "tb:fb:up";
    public const string DownActionId = "tb:fb:down";

    /// <summary>Prefix of a reason button's action id; the reason's number follows.</summary>
    public const string ReasonActionPrefix = "tb:fb:reason:";

    public static IEnumerable<ButtonElement> Vote(RatedAnswer rating) =>
        RatingToken.From(rating).Encode(SlackLimits.MaxActionValue) is { } token
            ? [new ButtonElement(TextObject.Plain("👍"), UpActionId, token), new ButtonElement(TextObject.Plain("👎"), DownActionId, token)]
            : [];

    public static SlackMessage Ack(FeedbackAck ack, string token)
    {
        var text = SlackText.EscapeWithin(ack.Text, SlackLimits.MaxSectionText);
        List<Block> blocks = [new SectionBlock(TextObject.Mrkdwn(text))];
        if (ack.OffersReasons)
        {
            blocks.Add(new ActionsBlock([.. FeedbackReasons.All.Select(r =>
                new ButtonElement(TextObject.Plain(FeedbackReasons.Label(r)), ReasonActionPrefix + (int)r, token))]));
        }

        return new SlackMessage(text, blocks);
    }

    /// <summary>The vote and reason an action id stands for, or null when it is not a feedback button.</summary>
    public static (Vote Vote, FeedbackReason? Reason)? Parse(string? actionId) => actionId switch
    {
        UpActionId => (Core.Feedback.Vote.Up, null),
        DownActionId => (Core.Feedback.Vote.Down, null),
        [.. var prefix, var digit] when prefix == ReasonActionPrefix && digit - '0' is var n && n >= 0 && n < FeedbackReasons.All.Count
            => (Core.Feedback.Vote.Down, FeedbackReasons.All[n]),
        _ => null,
    };
}
