namespace TalksBot.Core.Knowledge;

/// <summary>A person, delegation, government, group or outlet named in an article.</summary>
/// <param name="Affiliation">Id of the actor this one belongs to (a minister to their government), if any.</param>
public sealed record Actor(
    string Id,
    ActorKind Kind,
    string Name,
    string? Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases);
