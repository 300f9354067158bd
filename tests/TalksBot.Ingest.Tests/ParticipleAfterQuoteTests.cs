using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>"“…,” said X, adding the two sides had raised …": a participle of saying after a sentence's quotes reports more of
/// the quote's speaker, as a claim of its own clause; a participle with an object, or one that quotes again, adds none.</summary>
public sealed class ParticipleAfterQuoteTests
{
    [Theory]
    [InlineData("“We are taking two steps,” said Pieter Vos, the delegation head, adding the two sides had also raised the possibility of a summit.",
        "the two sides had also raised the possibility of a summit.")]
    [InlineData("“The port is open,” Ilse Brandt said, adding that the ships would sail again on Monday.", "the ships would sail again on Monday.")]
    public void Ingest_ParticipleWithAClauseAfterTheQuote_IsAClaimOfTheQuotesSpeaker(string text, string claimed)
    {
        var article = Fixtures.IngestText(text);

        var quote = Assert.Single(article.Statements, s => s.Kind == StatementKind.DirectQuote);
        var claim = Assert.Single(article.Statements, s => s.Kind == StatementKind.ReportedClaim);
        Assert.Equal(claimed, claim.Quote);
        Assert.Equal(quote.Speaker, claim.Speaker);
    }

    [Theory]
    [InlineData("“The port is open,” Ilse Brandt said, telling reporters at the quay about the ships.")]
    [InlineData("“The port is open,” Ilse Brandt said, adding: “The ships sail on Monday.”")]
    [InlineData("“The port is open,” Ilse Brandt said, adding more.")]
    public void Ingest_ParticipleWithAnObjectOrAnotherQuote_AddsNoClaim(string text)
    {
        var article = Fixtures.IngestText(text);

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.ReportedClaim);
    }
}
