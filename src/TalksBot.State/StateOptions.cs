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

    /// <summary>How long the bot stops asking Redis (and goes straight to memory) once its calls fail or time out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many calls within <see cref="BreakSamplingDuration"/> the breaker needs, half or more of them failed
    /// or timed out, before it opens.</summary>
    [Range(2, 1000)]
    public int BreakMinimumCalls { get; set; } = 3;

    /// <summary>The window over which calls and their failures are counted for the breaker.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakSamplingDuration { get; set; } = TimeSpan.FromSeconds(10);
}
