namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Americans say" where the coverage quotes no one as the Americans: the quoted people whose role
/// says the country (US, Washington) answer for it.</summary>
public sealed class PartyAsSpeakerTests : InventedArticleTests
{
    public PartyAsSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-tariffs", "Tariffs",
            ["“The tariffs on steel will fall in June,” US trade envoy Ina Vell said.", "“The port is open,” harbour master Ivo Berg said."],
            [Person("vell", "Ina Vell", "US trade envoy", "Vell"), Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("vell-tariffs", 1, "vell", "The tariffs on steel will fall in June"), Quote("berg-port", 2, "berg", "The port is open")]);
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

    [Fact]
    public void WhatNoneOfThemSaid_IsDeclined()
    {
        var answer = Engine.Ask("what did the americans say about the port");

        Assert.False(answer.Answered, answer.Text);
    }
}
