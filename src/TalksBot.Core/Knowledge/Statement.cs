namespace TalksBot.Core.Knowledge;

/// <summary>A quote, claim or piece of narration: a verbatim span of one paragraph.</summary>
/// <param name="Paragraph">1-based paragraph number.</param>
/// <param name="Speaker">Actor id of whoever the words or the position belong to.</param>
/// <param name="Via">Actor id of the outlet it was reported through, if any.</param>
/// <param name="Disputes">Ids of statements in the same article that this one disputes.</param>
/// <param name="IsCut">True when the source text ends inside the quotation: the quote is kept as far as it goes
/// (to the end of the article's last paragraph), never extended.</param>
public sealed record Statement(
    string Id,
    int Paragraph,
    StatementKind Kind,
    string Speaker,
    string? Via,
    string Quote,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Disputes,
    bool IsCut = false);
