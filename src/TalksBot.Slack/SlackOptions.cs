namespace TalksBot.Slack;

/// <summary>The <c>Slack</c> configuration section. Slack runs only when <see cref="BotToken"/> is set.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Bot user OAuth token (<c>xoxb-…</c>) used for every Web API call. Required.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>). When set, the bot connects over Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Signing secret of the app. When set, <c>POST /slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactivity</c> are served.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Post <c>/talks</c> answers in the channel instead of only to the asker. Help and errors stay private.</summary>
    public bool SlashInChannel { get; set; }

    /// <summary>Base of the Web API; every method is called as <c>{ApiBaseUrl}/{method}</c>.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api";

    /// <summary>Answers kept in memory for a later try after a post failed on 429, 5xx or no connection; past it the newest is given up.</summary>
    public int RetryQueueCapacity { get; set; } = 1000;

    /// <summary>How long a kept answer is tried again before it is given up.</summary>
    public TimeSpan RetryQueueMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    internal bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    internal bool UsesHttp => !string.IsNullOrWhiteSpace(SigningSecret);
}
