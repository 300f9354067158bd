using TalksBot.Core.Knowledge;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Past 5,000 statements the engine stops scoring very common words; answers must stay right.</summary>
public sealed class LargeCorpusTests
{
    private static readonly Lazy<TalksBot.Core.Query.IQueryEngine> Engine = new(() =>
    {
        var seed = TestCore.Knowledge.Articles[0];
        var copies = Enumerable.Range(0, 240).Select(i => seed with { Id = $"copy-{i}", Date = seed.Date!.Value.AddDays(i % 30) }).ToList();
        return TestCore.CreateEngine(KnowledgeBase.Create(copies, TestCore.Knowledge.Vocabulary, DateTimeOffset.UnixEpoch));
    });

    [Theory]
    [InlineData("who proposed neutrality", "The Ukrainian delegation", "permanently neutral")]
    [InlineData("did Russia really pull back from Kyiv?", "John Kirby|Alexander Fomin|Russia", "Kyiv|withdrawal|de-escalate")]
    [InlineData("what did kirby say about withdrawal", "John Kirby", "withdraw")]
    [InlineData("is this a ceasefire", "Vladimir Medinsky", "not a ceasefire")]
    public void LargeCorpus_StillAnswersWithTheRightCitationFirst(string question, string speakers, string phrases)
    {
        var answer = Engine.Value.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations[0].Speaker, speakers.Split('|'));
        Assert.Contains(phrases.Split('|'), p => answer.Citations[0].Quote.Contains(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("who proposed neutrality")]
    [InlineData("what did kirby say about withdrawal")]
    public void LargeCorpus_CitesOneCopyOfAQuoteThatManyArticlesCarryWordForWord(string question)
    {
        var answer = Engine.Value.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => (c.Speaker, c.Quote)).Distinct().Count());
    }

    [Theory]
    [InlineData("what did kirby say about withdrawal on April 5", 4, 5)]
    [InlineData("did Russia really pull back from Kyiv on 10 April?", 4, 10)]
    [InlineData("what did kirby say about withdrawal on 12 April 2022", 4, 12)]
    public void LargeCorpus_ADateInTheQuestionPutsThatDaysArticleFirst(string question, int month, int day)
    {
        var answer = Engine.Value.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(new DateOnly(2022, month, day), answer.Citations[0].Source.Date);
    }

    [Fact]
    public void LargeCorpus_AProfileCountsEveryStatementButCitesAPage()
    {
        var answer = Engine.Value.Ask("who leads the russian delegation");

        var perArticle = TestCore.Knowledge.Articles[0].Statements.Count(s => s.Speaker == "medinsky");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains($"{perArticle * 240} statements", answer.Text, StringComparison.Ordinal);
        Assert.InRange(answer.Citations.Count, 1, 30);
    }

    [Fact]
    public void LargeCorpus_StillAbstainsOffTopic()
    {
        Assert.False(Engine.Value.Ask("who won the world cup").Answered);
    }
}
