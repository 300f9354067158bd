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

    [Fact]
    public void LargeCorpus_StillAbstainsOffTopic()
    {
        Assert.False(Engine.Value.Ask("who won the world cup").Answered);
    }
}
