using System.ComponentModel.DataAnnotations;

namespace TalksBot.State.Limits;

/// <summary>Per-user and per-channel question limits (section <c>RateLimits</c>): at most <see cref="PerUser"/>
/// questions of one user in any <see cref="UserWindow"/>, and <see cref="PerChannel"/> in one channel in any
/// <see cref="ChannelWindow"/>. 0 turns that limit off.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    [Range(0, 1_000_000)]
    public int PerUser { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UserWindow { get; set; } = TimeSpan.FromMinutes(1);

    [Range(0, 1_000_000)]
    public int PerChannel { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ChannelWindow { get; set; } = TimeSpan.FromMinutes(1);
}
