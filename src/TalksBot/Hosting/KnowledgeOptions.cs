using System.ComponentModel.DataAnnotations;

namespace TalksBot.Hosting;

/// <summary>Where the data lives (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The data directory (vocabulary.json, articles/). A relative path is looked up in the
    /// current directory first, then beside the executable, where the build copies data/.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Watch the data directory and swap in changed files without a restart.</summary>
    public bool Watch { get; set; } = true;
}
