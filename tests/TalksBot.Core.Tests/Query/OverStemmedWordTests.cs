namespace TalksBot.Core.Tests.Query;

/// <summary>"positive" and "positions" share Porter2's stem "posit"; a question about what was positive must not be
/// answered by a statement about positions. An invented article.</summary>
public sealed class OverStemmedWordTests : InventedArticleTests
{
    public OverStemmedWordTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-talks", "Talks end",
            ["Spokesman Ivan Sorin said: “Delegations went home to verify positions.”",
             "Sorin added: “The positive thing is that at least both sides started to write their proposals down on paper for the first time.”"],
            [Person("sorin", "Ivan Sorin", "spokesman", "Sorin")],
            [Quote("sorin-positions", 1, "sorin", "Delegations went home to verify positions."),
             Quote("sorin-positive", 2, "sorin", "The positive thing is that at least both sides started to write their proposals down on paper for the first time.")]);
    }

    [Fact]
    public void WhatWasPositive_IsAnsweredByTheStatementSayingPositive_NotByPositions()
    {
        var answer = Engine.Ask("what did sorin find positive");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The positive thing", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
