using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Attribution patterns from the issue, one invented paragraph each.</summary>
public sealed class AttributionTests
{
    [Theory]
    [InlineData("“We will be back next week,” according to Grace Okafor, the mediator.", "We will be back next week", "Grace Okafor")]
    [InlineData("“The numbers do not add up,” said Deputy Minister Ivo Halm.", "The numbers do not add up", "Ivo Halm")]
    [InlineData("Mediator Grace Okafor spoke first. “Nobody leaves this room angry,” she said.", "Nobody leaves this room angry", "Grace Okafor")]
    [InlineData("Ostranian negotiator Tomas Brandt-Ilic called the offer “a serious basis for a deal,” and left.", "a serious basis for a deal", "Tomas Brandt-Ilic")]
    [InlineData("Water Minister Marta Lindqvist arrived late. Later the minister told reporters: “We are not in a hurry.”", "We are not in a hurry.", "Marta Lindqvist")]
    [InlineData("“We came to listen,” Tomas Brandt-Ilic, the head of the Ostranian delegation, told reporters, “and we listened.”", "and we listened.", "Tomas Brandt-Ilic")]
    [InlineData("Secretary of State Lina Moravec said: “The river belongs to both.”", "The river belongs to both.", "Lina Moravec")]
    [InlineData("The Ostranian water minister, Marta Lindqvist, said the offer was “a step, not a solution.”", "a step, not a solution.", "Marta Lindqvist")]
    [InlineData("Ivo Halm, the deputy minister, took a firm line saying “we will not sign anything this week.”", "we will not sign anything this week.", "Ivo Halm")]
    [InlineData("Deputy Minister Ivo Halm said the talks had been “long but honest” and that the numbers “still do not add up.”", "still do not add up.", "Ivo Halm")]
    [InlineData("Deputy Minister Ivo Halm said Veldoria proposed a treaty “with a review every five years.”", "with a review every five years.", "Ivo Halm")]
    [InlineData("Speaking to reporters on Friday Tomas Brandt-Ilic, the Ostranian negotiator, said through an interpreter, “We have seen no change at the gates.”", "We have seen no change at the gates.", "Tomas Brandt-Ilic")]
    [InlineData("Singapore Prime Minister Tan Wei Ming joined the call. Tan says “the drought has implications for the whole region” and hung up.", "the drought has implications for the whole region", "Tan Wei Ming")]
    [InlineData("Halm, the deputy minister, spoke last. Halm on Tuesday said the gauges “will stay under joint control.”", "will stay under joint control.", "Halm")]
    [InlineData("According to Grace Okafor, a spokeswoman for the river commission: “Every barge is through.”", "Every barge is through.", "Grace Okafor")]
    [InlineData("According to Grace Okafor, “every barge is through.”", "every barge is through.", "Grace Okafor")]
    [InlineData("“The sluices open in May,” said Hadi al-Sharafi, who led the delegation.", "The sluices open in May", "Hadi al-Sharafi")]
    [InlineData("“Will the sluices open in May?” Deputy Minister Ivo Halm asked reporters.", "Will the sluices open in May?", "Ivo Halm")]
    [InlineData("“The gates stay shut. Nobody crosses tonight!” Grace Okafor said.", "The gates stay shut. Nobody crosses tonight!", "Grace Okafor")]
    [InlineData("The UN coordinator for the river, Amina Reyes, welcomed the decision and said the priority was “to clear the queue before the storms”.", "to clear the queue before the storms", "Amina Reyes")]
    public void Ingest_Paragraph_AttributesTheQuoteToItsSpeaker(string paragraph, string quote, string speaker)
    {
        var article = Ingest(paragraph);

        var statement = Assert.Single(article.Statements, s => s.Quote == quote);
        Assert.Equal(StatementKind.DirectQuote, statement.Kind);
        Assert.Equal(speaker, article.Actors.Single(a => a.Id == statement.Speaker).Name);
    }

    [Fact]
    public void Ingest_AccordingToWithNoOneNamed_IsNoAttributionAndNoFailure()
    {
        var article = Ingest("According to: “The gates stay open for now.”");

        Assert.All(article.Statements, s => Assert.NotEqual("to", article.Actors.Single(a => a.Id == s.Speaker).Name.ToLowerInvariant()));
    }

    [Fact]
    public void Ingest_ReportsAfterAClauseWord_IsNoSpeakerNamedByIt()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks were over.\n\n"
            + "After reports surfaced yesterday that the envoy had fallen ill, the shipping magnate Ivo Halm was seen at the talks.");

        Assert.DoesNotContain(article.Actors, a => string.Equals(a.Name, "After", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Both sides called the talks “useful.”")]
    [InlineData("Okafor said the two delegations had agreed on “principles” and “next steps” but not on numbers.")]
    [InlineData("The proposal, which Veldoria calls its “river charter,” was not published.")]
    public void Ingest_ScareQuotes_AreNotStatements(string paragraph)
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks were over.\n\n" + paragraph);

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.DirectQuote);
    }

    [Fact]
    public void Ingest_QuoteSpanningParagraphsAttributedAtTheEnd_GivesEveryPieceThatSpeaker()
    {
        var article = Ingest(
            "Grace Okafor, the mediator, and Ivo Halm, the deputy minister, met on Monday.\n\n"
            + "“We agreed to keep the gauges running through the summer.\n\n"
            + "“The data will be public,” Halm said.");

        Assert.Equal(["halm", "halm"], article.Statements.Where(s => s.Kind == StatementKind.DirectQuote).Select(s => s.Speaker));
        Assert.Equal(2, article.Statements.First(s => s.Kind == StatementKind.DirectQuote).Paragraph);
    }

    [Fact]
    public void Ingest_OutletCalledNewsAgency_IsTheVia()
    {
        var article = Ingest("“The border stays open,” Deputy Minister Ivo Halm said, according to the state-run OSTA news agency.");

        var statement = Assert.Single(article.Statements);
        var via = article.Actors.Single(a => a.Id == statement.Via);
        Assert.Equal(ActorKind.Outlet, via.Kind);
        Assert.Equal("OSTA", via.Name);
    }

    private static Article Ingest(string text) => Fixtures.IngestText(text);
}
