namespace TalksBot.Core.Tests.Query;

/// <summary>"how did Rwanda respond": a country the vocabulary does not know but an article places its story in is a party like
/// the vocabulary's, spoken for by everyone whose name or role says it or its people ("the Westlandian government").</summary>
public sealed class CoverageCountryTests : InventedArticleTests
{
    public CoverageCountryTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2023-11-15-ruling", "Court blocks transfer flights to Westlandia",
            [
                "The court ruled on Wednesday that the transfer flights could not go ahead.",
                "The Westlandian government said the country remained “a safe and reliable partner”.",
                "“We will read the judgment carefully,” said Ana Bell, a lawyer for the applicants.",
            ],
            [
                new() { ["id"] = "westlandian-government", ["kind"] = "group", ["name"] = "the Westlandian government", ["aliases"] = new System.Text.Json.Nodes.JsonArray() },
                Person("bell", "Ana Bell", "lawyer for the applicants", "Bell"),
            ],
            [Quote("gov-partner", 2, "westlandian-government", "a safe and reliable partner"), Quote("bell-read", 3, "bell", "We will read the judgment carefully")],
            places: [Place("Westlandia", "country")]);
    }

    [Theory]
    [InlineData("what did westlandia say")]
    [InlineData("what did the westlandians say")]
    public void Ask_WhatACountryOfTheCoverageSaid_QuotesThoseWhoSpeakForIt(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("a safe and reliable partner", answer.Citations[0].Quote);
    }

    [Fact]
    public void Ask_ACountryTheCoverageDoesNotName_IsStillNotQuoted() =>
        Assert.False(Engine.Ask("what did eastlandia say").Answered);
}
