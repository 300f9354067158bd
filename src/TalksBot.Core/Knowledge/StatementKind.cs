namespace TalksBot.Core.Knowledge;

public enum StatementKind
{
    /// <summary>The speaker's own words, inside quotation marks in the article.</summary>
    DirectQuote,

    /// <summary>A claim, proposal or position the article attributes to the speaker in its own words.</summary>
    ReportedClaim,

    /// <summary>The article's own account of events.</summary>
    Narration,
}
