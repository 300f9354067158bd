namespace TalksBot.Ingest.Evaluation;

/// <summary>An article of a measurement corpus: its body, what its header says about it, and its labels.</summary>
public sealed record LabelledArticle(string File, string Body, IngestOptions Options, IReadOnlyList<QuoteLabel> Labels);
