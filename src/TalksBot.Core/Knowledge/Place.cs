namespace TalksBot.Core.Knowledge;

/// <summary>A place the article names, with the spellings a user might type.</summary>
/// <param name="Kind">"city", "country", "region", "building" or "other", if given.</param>
public sealed record Place(string Name, string? Kind, IReadOnlyList<string> Aliases);
