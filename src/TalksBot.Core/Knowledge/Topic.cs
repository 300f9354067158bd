namespace TalksBot.Core.Knowledge;

/// <summary>A subject statements can be tagged with, and the words people use for it.</summary>
public sealed record Topic(string Id, string Label, IReadOnlyList<string> Terms);
