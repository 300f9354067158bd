namespace TalksBot.Ingest.Documents;

/// <summary>An article's body paragraphs, as written, and the metadata found around them.</summary>
internal sealed record SourceDocument(IReadOnlyList<string> Paragraphs, DocumentMetadata Metadata);

/// <summary>What the page or text says about itself; every field may be missing.</summary>
internal sealed record DocumentMetadata(string? Title, string? Publisher, DateOnly? Date, Uri? Url, string? Byline);
