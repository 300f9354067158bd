using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Query;

/// <summary>One piece of evidence: a verbatim span of an article and who it is attributed to.</summary>
/// <param name="Quote">Verbatim text of the article's paragraph (a direct quote without its quotation marks, or a reported claim).</param>
/// <param name="Speaker">Display name of the person or party the words or claim belong to.</param>
/// <param name="Role">The speaker's role as the article gives it, if any.</param>
/// <param name="Via">The outlet it was reported through ("Reuters"), if the article names one.</param>
/// <param name="Source">The article it comes from.</param>
/// <param name="Paragraph">1-based paragraph number in the article.</param>
/// <param name="Kind">Direct quote, reported claim or the article's own narration.</param>
/// <param name="IsCounterpoint">True when this citation and the one before it disagree (one disputes the other).</param>
/// <param name="IsCut">True when the source text ends inside the quotation: renderers show <see cref="Chat.CutQuote"/>'s
/// mark and note after the verbatim quote.</param>
public sealed record Citation(
    string Quote,
    string Speaker,
    string? Role,
    string? Via,
    ArticleSource Source,
    int Paragraph,
    StatementKind Kind,
    bool IsCounterpoint = false,
    bool IsCut = false);
