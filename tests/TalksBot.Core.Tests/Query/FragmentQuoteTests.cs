namespace TalksBot.Core.Tests.Query;

/// <summary>One outlet quotes three of Berg's words ("scale of repairs"), another his whole sentence: the sentence
/// answers first, the fragment after it, also when the two outlets give him different roles.</summary>
public sealed class FragmentQuoteTests : InventedArticleTests
{
    public FragmentQuoteTests()
    {
        Write("ledger-2022-03-30-repairs", "Repairs at the dock", ["Berg spoke of the “scale of repairs” at the dock."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", "scale of repairs")]);
        Write("courier-2022-03-30-repairs", "Repairs at the dock", ["“The scale of repairs has not diminished since the storm,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", "The scale of repairs has not diminished since the storm")],
            publisher: "The Courier");
        Write("ledger-2022-03-31-storm", "After the storm", ["Berg called the crews “not idle people” on Thursday."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-idle", 1, "berg", "not idle people")], date: "2022-03-31");
        Write("courier-2022-03-31-storm", "After the storm", ["“Our crews are not idle people,” said Ivo Berg, the port's chief."],
            [Person("berg", "Ivo Berg", "port chief", "Berg")], [Quote("berg-idle", 1, "berg", "Our crews are not idle people")],
            date: "2022-03-31", publisher: "The Courier");
        Write("ledger-2022-04-01-crews", "Crews to return", ["Berg said the dock crews would return to work on Monday after the storm repairs."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Reported("berg-return", 1, "berg", "the dock crews would return to work on Monday after the storm repairs")],
            date: "2022-04-01");
        Write("courier-2022-04-01-crews", "Crews to return", ["“The crews return on Monday,” said Ivo Berg, the port's chief."],
            [Person("berg", "Ivo Berg", "port chief", "Berg")], [Quote("berg-return", 1, "berg", "The crews return on Monday")],
            date: "2022-04-01", publisher: "The Courier");
    }

    [Fact]
    public void TheWholeSentence_AnswersBeforeAFewOfItsWords()
    {
        var answer = Engine.Ask("scale of repairs berg?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The scale of repairs has not diminished since the storm", answer.Citations[0].Quote);
    }

    [Fact]
    public void TheWholeSentence_AnswersFirst_WhenTheOutletsGiveTheSpeakerDifferentRoles()
    {
        var answer = Engine.Ask("'not idle' who said that");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Our crews are not idle people", answer.Citations[0].Quote);
    }

    [Fact]
    public void AskedForTheWords_TheQuoteGoesBeforeTheAccount_WhenTheOutletsGiveTheSpeakerDifferentRoles()
    {
        var answer = Engine.Ask("berg dock crews back to work monday, quote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The crews return on Monday", answer.Citations[0].Quote);
    }
}
