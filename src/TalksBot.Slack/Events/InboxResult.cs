namespace TalksBot.Slack.Events;

/// <summary>What a transport should tell Slack about a delivery.</summary>
internal enum InboxResult
{
    /// <summary>Queued for an answer: acknowledge.</summary>
    Accepted,

    /// <summary>Already answered or not for the bot: acknowledge, do nothing.</summary>
    Skipped,

    /// <summary>Could not be queued: do not acknowledge, so that Slack delivers it again.</summary>
    Refused,
}
