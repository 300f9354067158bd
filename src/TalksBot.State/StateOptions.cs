using System.ComponentModel.DataAnnotations;

namespace TalksBot.State;

/// <summary>Shared state (section <c>Redis</c>). Without <see cref="Configuration"/> everything stays in memory.</summary>
public sealed class StateOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string (e.g. <c>redis-1:6379,password=…</c>). Never logged.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key the bot writes, so that several bots can share one server.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "talksbot:";

    /// <summary>How long a delivery is remembered; Slack retries for about 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DeliveryLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a rated answer (its question and cited statements) is kept for its 👍/👎 buttons and pages.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan AnswerLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a call may wait for Redis before this one delivery is handled in memory instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
