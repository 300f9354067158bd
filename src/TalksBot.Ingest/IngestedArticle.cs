using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest;

/// <summary>The structured article, plus what the schema holds beside Core's record.</summary>
/// <param name="TitleIsDescriptive">True when the title was made from the first sentence because the text has no headline.</param>
/// <param name="Byline">The author line found in the text, reported to the user but not stored.</param>
/// <param name="WireCredited">Ids of the statements whose via is the wire service credited for the whole story (its
/// dateline, byline or closing credit) rather than an outlet the text credits for that statement.</param>
public sealed record IngestedArticle(Article Article, bool TitleIsDescriptive, string? Byline, IReadOnlySet<string> WireCredited);
