namespace TalksBot.Discord;

/// <summary>The <c>Discord</c> configuration section. Discord runs only when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the Developer Portal's Bot page, without the "Bot " prefix. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id (a snowflake) from the portal's General Information page.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's Ed25519 public key (64 hex characters); required when
    /// <see cref="InteractionsEndpoint"/> is on.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>Registers the commands in this guild only (instant updates, for development; guild
    /// commands do not show in DMs). Empty registers them globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>The total number of shards: a number, or <c>auto</c> for the count <c>GET /gateway/bot</c>
    /// recommends (read once at start). Every process of the bot must use the same count.</summary>
    public string ShardCount { get; set; } = "1";

    /// <summary>The shards this process runs, e.g. <c>0,1</c>, <c>4-7</c> or <c>0-3,8</c>. Empty: every shard
    /// (unless <see cref="ShardId"/> is set). DMs arrive on shard 0 only.</summary>
    public string? ShardIds { get; set; }

    /// <summary>A single shard for this process (the setting before <see cref="ShardIds"/>; same as
    /// <c>ShardIds=n</c>). Set one of the two, not both.</summary>
    public int? ShardId { get; set; }

    /// <summary>Connects to the Gateway (DMs, mentions, and interactions when no endpoint URL is set).</summary>
    public bool Gateway { get; set; } = true;

    /// <summary>Serves <c>POST /discord/interactions</c> for the portal's Interactions Endpoint URL.</summary>
    public bool InteractionsEndpoint { get; set; }

    /// <summary>A file where the gateway session is kept across a restart. When set, shutdown closes the
    /// gateway without ending the session and writes it here, and the next start resumes it (Discord replays
    /// what it sent meanwhile). Empty: shutdown ends the session.</summary>
    public string? SessionFile { get; set; }

    /// <summary>Every REST call, the gateway discovery and the webhook follow-ups go under this URL.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Message replies kept in memory for a later try after a post failed on 429, 5xx or no answer; past it the newest is given up.</summary>
    public int RetryQueueCapacity { get; set; } = 1000;

    /// <summary>How long a kept message reply is tried again before it is given up.</summary>
    public TimeSpan RetryQueueMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A ws:// or wss:// URL used instead of the one <c>GET /gateway/bot</c> returns.</summary>
    public string? GatewayUrl { get; set; }
}
