using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>A thing questions and statements can both mention in different words.</summary>
/// <param name="Key">Topic id, actor id, place name, answer type, or the synonym group's first word.</param>
internal sealed record Concept(int Id, ConceptKind Kind, string Key);
