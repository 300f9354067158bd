namespace TalksBot.Core.Tests.Query;

/// <summary>"was Berg trying to reopen it": a verb that only leads to another ("trying to", "wanted to", "planning to") asks
/// nothing the answer must hold; the verb after it does. With no statement on a topic of the data, what the coverage can
/// answer names its people only.</summary>
public sealed class LeadingVerbTests : InventedArticleTests
{
    public LeadingVerbTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-crossing", "The night crossing",
            ["“The harbour board will reopen the night crossing,” harbour master Ivo Berg said.", "Port clerk Ina Vell said smugglers were “trying to use the night crossing.”",
             "Ferry captain Ole Saar said the ferries would “reopen the day crossing in May.”", "Mayor Lena Dahl said the town would “reopen the market on Sunday.”"],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("vell", "Ina Vell", "port clerk", "Vell"), Person("saar", "Ole Saar", "ferry captain", "Saar"),
             Person("dahl", "Lena Dahl", "mayor", "Dahl")],
            [Quote("berg-reopen", 1, "berg", "The harbour board will reopen the night crossing"), Quote("vell-smugglers", 2, "vell", "trying to use the night crossing."),
             Quote("saar-day", 3, "saar", "reopen the day crossing in May."), Quote("dahl-market", 4, "dahl", "reopen the market on Sunday.")]);
    }

    [Theory]
    [InlineData("did berg say they were trying to reopen")]
    [InlineData("did berg say they are trying to reopen it")]
    public void AVerbThatLeadsToAnother_IsNotAskedFor(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The harbour board will reopen the night crossing", answer.Citations[0].Quote);
    }

    [Fact]
    public void TheSameVerbOnItsOwn_IsStillAskedFor()
    {
        var answer = Engine.Ask("what did berg say about trying");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void WithNoStatementOnATopic_WhatTheCoverageCanAnswerNamesItsPeople()
    {
        var answer = Engine.Ask("what was said about the weather");

        Assert.False(answer.Answered);
        Assert.True(answer.Text.EndsWith("I can answer about what Ivo Berg, Ina Vell, Ole Saar and Lena Dahl said.", StringComparison.Ordinal), answer.Text);
    }
}
