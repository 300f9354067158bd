namespace TalksBot.Core.Text;

/// <summary>A concept found at tokens [Start, Start + Length) of a text.</summary>
internal readonly record struct ConceptMatch(int Concept, int Start, int Length);
