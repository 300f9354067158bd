namespace TalksBot.Ingest;

/// <summary>What the user told <c>ingest</c> about the article; each set value overrides what the text says.</summary>
/// <param name="SourceName">The input's file name, used to recognise HTML by its extension.</param>
/// <param name="Narration">Also emit the article's own factual sentences as narration statements of its outlet (off by
/// default: measured, it made the bot answer more questions it should decline than it gained; see the README).</param>
/// <param name="Happening">The event the article covers ("Russia–Ukraine peace talks, Istanbul, 29 March 2022"): the places it
/// names are where every statement of the article was made (the text itself names no event).</param>
public sealed record IngestOptions(
    string? Publisher = null,
    DateOnly? Date = null,
    Uri? Url = null,
    string? Title = null,
    string? SourceName = null,
    bool Narration = false,
    string? Happening = null);
