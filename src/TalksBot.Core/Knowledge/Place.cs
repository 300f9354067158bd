namespace TalksBot.Core.Knowledge;

/// <summary>A place the article names, with the spellings a user might type.</summary>
public sealed record Place(string Name, IReadOnlyList<string> Aliases);
