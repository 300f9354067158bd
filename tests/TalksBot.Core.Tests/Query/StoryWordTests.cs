namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the mayor say at the town hall": everyday words no statement holds, which the article tells, do not veto
/// the mayor's words; everyday words the article never tells still do. An invented article.</summary>
public sealed class StoryWordTests : InventedArticleTests
{
    public StoryWordTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-hall", "Mayor speaks",
            ["Governor Ivo Berg spoke to reporters with Mayor Ana Vell at the town hall on Tuesday.",
             "Berg said nothing new.",
             "Vell said “the flood has implications for the whole valley”."],
            [Person("vell", "Ana Vell", "mayor", "Vell"), Person("berg", "Ivo Berg", "governor", "Berg")],
            [Quote("vell-flood", 3, "vell", "the flood has implications for the whole valley")]);
    }

    [Fact]
    public void EverydayWordsTheArticleTells_DoNotVetoTheQuote()
    {
        var answer = Engine.Ask("what did the mayor say at the town hall");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ana Vell", answer.Citations[0].Speaker);
    }

    [Fact]
    public void EverydayWordsTheStoryNeverTells_StillDecline()
    {
        var answer = Engine.Ask("what did the mayor say at the football stadium");

        Assert.False(answer.Answered, answer.Text);
    }
}
