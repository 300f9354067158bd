namespace TalksBot.Ingest.Evaluation;

/// <summary>One hand-labelled direct quotation of a measurement corpus (a line of its <c>labels.jsonl</c>).</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Via">The outlet or channel credited for this quote, or null when it was said to the publisher or to reporters.</param>
public sealed record QuoteLabel(string Article, string Quote, string Speaker, string? Role, string? Via);
