namespace TalksBot.Core.Tests.Query;

/// <summary>One outlet quotes three of Berg's words ("scale of repairs"), another his whole sentence: the sentence
/// answers first, the fragment after it.</summary>
public sealed class FragmentQuoteTests : InventedArticleTests
{
    public FragmentQuoteTests()
    {
        Write("ledger-2022-03-30-repairs", "Repairs at the dock", ["Berg spoke of the “scale of repairs” at the dock."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", "scale of repairs")]);
        Write("courier-2022-03-30-repairs", "Repairs at the dock", ["“The scale of repairs has not diminished since the storm,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", "The scale of repairs has not diminished since the storm")],
            publisher: "The Courier");
    }

    [Fact]
    public void TheWholeSentence_AnswersBeforeAFewOfItsWords()
    {
        var answer = Engine.Ask("scale of repairs berg?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The scale of repairs has not diminished since the storm", answer.Citations[0].Quote);
    }
}
