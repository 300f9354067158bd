namespace TalksBot.Ingest.Conventions;

/// <summary>What tells the article's own factual sentences from page text and from words that are someone else's
/// (the <c>narration</c> block of <c>news-conventions.json</c>).</summary>
/// <param name="NotOwnVoice">Phrases that give a sentence's content to someone else ("according to", "reportedly").</param>
/// <param name="OtherSenses">Verbs of saying that are also nouns or other verbs ("guarantor states", "an estimated 20,000",
/// "the talks offered hope"): a verb of saying only right after a name or a pronoun.</param>
/// <param name="FirstPerson">Words of a first or second person, never the outlet's narrating voice (compared with case).</param>
/// <param name="CaptionMarkers">Phrases of photo captions and credits.</param>
/// <param name="TeaserMarkers">Phrases of teasers and calls to action.</param>
/// <param name="ChromePatterns">Regular expressions of bylines, timestamps and other page furniture inside a sentence.</param>
/// <param name="DatelinePatterns">Regular expressions of a dateline opening a sentence ("ISTANBUL, March 29 (Reuters) - "),
/// removed from the front of the span.</param>
internal sealed record NarrationConventions(
    IReadOnlyList<string> NotOwnVoice,
    IReadOnlyList<string> OtherSenses,
    IReadOnlyList<string> FirstPerson,
    IReadOnlyList<string> CaptionMarkers,
    IReadOnlyList<string> TeaserMarkers,
    IReadOnlyList<string> ChromePatterns,
    IReadOnlyList<string> DatelinePatterns);
