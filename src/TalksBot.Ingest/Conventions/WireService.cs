namespace TalksBot.Ingest.Conventions;

/// <summary>A news agency (or a network that syndicates its stories) whose stories other outlets republish: its full
/// name and the short forms credits use.</summary>
internal sealed record WireService(string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Its role when it is not a news agency ("broadcaster" for a network's "(CNN) —" stories).</summary>
    public string? Role { get; init; }

    public IEnumerable<string> Forms => Aliases.Prepend(Name);
}
