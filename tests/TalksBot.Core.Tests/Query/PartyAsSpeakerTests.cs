namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Americans say" where the coverage quotes no one as the Americans: the quoted people whose role
/// says the country (US, Washington) answer for it; so does the person whose role names a body ("IMTA Secretary-General").</summary>
public sealed class PartyAsSpeakerTests : InventedArticleTests
{
    public PartyAsSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-tariffs", "Tariffs",
            ["“The tariffs on steel will fall in June,” US trade envoy Ina Vell said.", "“The port is open,” harbour master Ivo Berg said.",
             "“The cranes are safe again,” said Olga Rask, the IMTA Secretary-General."],
            [Person("vell", "Ina Vell", "US trade envoy", "Vell"), Person("berg", "Ivo Berg", "harbour master", "Berg"),
             Person("rask", "Olga Rask", "IMTA Secretary-General", "Rask")],
            [Quote("vell-tariffs", 1, "vell", "The tariffs on steel will fall in June"), Quote("berg-port", 2, "berg", "The port is open"),
             Quote("rask-cranes", 3, "rask", "The cranes are safe again")]);
    }

    [Theory]
    [InlineData("what did the americans say about the tariffs")]
    [InlineData("what did the americans say")]
    public void ThePartysPeople_AnswerForIt(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ina Vell", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("does imta agree the cranes are safe")]
    [InlineData("what did imta say about the cranes")]
    public void ABodyNoOneIsQuotedAs_IsAnsweredByThePersonItsNameIsInTheRoleOf(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Olga Rask", answer.Citations[0].Speaker);
    }

    [Fact]
    public void WhatNoneOfThemSaid_IsDeclined()
    {
        var answer = Engine.Ask("what did the americans say about the port");

        Assert.False(answer.Answered, answer.Text);
    }
}
