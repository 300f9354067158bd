namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg say about the grain corridor" where his quote is in the story headlined "Grain corridor talks make
/// headway" but names neither (another story's quote does): the headline's words tell what its story is about, so they count half for each of its statements,
/// when few other headlines share them; another story's headline words do not.</summary>
public sealed class HeadlineWordsTests : InventedArticleTests
{
    public HeadlineWordsTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-07-13-corridor", "Grain corridor talks make headway",
            ["“We are close to a deal,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-close", 1, "berg", "We are close to a deal")]);
        Write("ledger-2022-07-14-strike", "Dock strike spreads",
            ["“Nothing sails this week, grain corridor or not,” union head Olev Kask said."],
            [Person("kask", "Olev Kask", "union head", "Kask")],
            [Quote("kask-sails", 1, "kask", "Nothing sails this week, grain corridor or not")]);
        Write("ledger-2022-07-15-fares", "Ferry fares rise",
            ["“Fuel costs more than it did,” operator Aija Liepa said."],
            [Person("liepa", "Aija Liepa", "operator", "Liepa")],
            [Quote("liepa-fuel", 1, "liepa", "Fuel costs more than it did")]);
        Write("ledger-2022-07-16-quay", "Quay repairs begin",
            ["“The cranes are old,” engineer Mart Sepp said."],
            [Person("sepp", "Mart Sepp", "engineer", "Sepp")],
            [Quote("sepp-cranes", 1, "sepp", "The cranes are old")]);
    }

    [Fact]
    public void TheWordsOfTheStatementsOwnHeadline_AnswerForIt()
    {
        var answer = Engine.Ask("what did berg say about the grain corridor");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("We are close to a deal", answer.Citations[0].Quote);
    }

    [Fact]
    public void AnotherStorysHeadlineWords_DoNot()
    {
        var answer = Engine.Ask("what did berg say about the dock strike");

        Assert.False(answer.Answered, answer.Text);
    }
}
