namespace TalksBot.Core.Knowledge;

/// <summary>One news article as structured data: its paragraphs as written, who is in it, and what
/// they said. Every statement's quote is a verbatim span of its paragraph (the loader checks).</summary>
public sealed record Article(
    string Id,
    string Publisher,
    DateOnly? Date,
    string Title,
    Uri? Url,
    string? Event,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Statement> Statements);
