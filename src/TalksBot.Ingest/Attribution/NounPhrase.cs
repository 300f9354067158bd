namespace TalksBot.Ingest.Attribution;

/// <summary>A speaker noun phrase cut out of a sentence, with an optional appositive
/// ("Vladimir Medinsky" + "the head of the Russian delegation") and where it starts in the paragraph.</summary>
internal sealed record NounPhrase(string Chunk, string? Appositive, int Start);
