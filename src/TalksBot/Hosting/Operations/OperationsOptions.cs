using System.ComponentModel.DataAnnotations;

namespace TalksBot.Hosting.Operations;

/// <summary>How the bot behaves for its operator (section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>At SIGTERM or Ctrl+C, how long questions already received may take to be answered before
    /// they are cancelled and the process exits.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
