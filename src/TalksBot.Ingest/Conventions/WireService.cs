namespace TalksBot.Ingest.Conventions;

/// <summary>A news agency whose stories other outlets republish: its full name and the short forms credits use.</summary>
internal sealed record WireService(string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Forms => Aliases.Prepend(Name);
}
