namespace TalksBot.Core.Tests.Query;

/// <summary>A question that repeats a run of a quote's own words without quotation marks ("… do we believe") gets that quote
/// first, before one that holds the question's other words more often; a speaker's name repeated is no such run.</summary>
public sealed class EchoedWordsTests : InventedArticleTests
{
    private const string Believe =
        "Do we believe in what the other side says about the ferries and about the harbour? Of course not, and nobody in this town does";

    public EchoedWordsTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-ferries", "Ferries",
            ["“The ferries will run again on Monday, and the night ferries too, all the ferries,” harbour master Ivo Berg said.", $"“{Believe},” Berg added."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-run", 1, "berg", "The ferries will run again on Monday, and the night ferries too, all the ferries"), Quote("berg-believe", 2, "berg", Believe)]);
    }

    [Fact]
    public void TheQuoteWhoseWordsTheQuestionRepeats_AnswersFirst()
    {
        var answer = Engine.Ask("did berg say about the ferries do we believe");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Believe, answer.Citations[0].Quote);
    }

    [Fact]
    public void AQuestionRepeatingNoRun_KeepsItsOrder()
    {
        var answer = Engine.Ask("what did berg say about the ferries on monday");

        Assert.Equal("The ferries will run again on Monday, and the night ferries too, all the ferries", answer.Citations[0].Quote);
    }
}
