using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>A statement chosen for an answer, with the citation shown for it.</summary>
internal readonly record struct Cited(IndexedStatement Statement, Citation Citation, double Rank);
