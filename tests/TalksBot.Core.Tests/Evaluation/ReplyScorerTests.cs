using TalksBot.Core.Chat;
using TalksBot.Core.Evaluation;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Evaluation;

public sealed class ReplyScorerTests
{
    private static readonly ICommandRouter Router = TestCore.CreateRouter();

    private static async Task<EvalOutcome> ScoreAsync(EvalQuestion question) =>
        ReplyScorer.Score(question, await Router.RouteAsync(new ChatMessage(question.Question, "test")), TestCore.Knowledge);

    [Fact]
    public async Task Answer_RightSpeakerAndFragment_IsRightAndVerbatim()
    {
        var outcome = await ScoreAsync(new EvalQuestion("who proposed neutrality", "answer", ["the ukrainian delegation"], ["permanently neutral"], Top: true));

        Assert.True(outcome.Right);
        Assert.True(outcome.Verbatim);
    }

    [Fact]
    public async Task Answer_FragmentNoCitationHolds_IsWrong()
    {
        var outcome = await ScoreAsync(new EvalQuestion("who proposed neutrality", "answer", [], ["a sentence the article never had"]));

        Assert.False(outcome.Right);
    }

    [Fact]
    public async Task Answer_SpeakerWhoIsNotCited_IsWrong()
    {
        var outcome = await ScoreAsync(new EvalQuestion("who proposed neutrality", "answer", ["John Kirby"], []));

        Assert.False(outcome.Right);
    }

    [Fact]
    public async Task Abstain_DeclinedQuestion_IsRight_AndAnAnsweredOneIsWrong()
    {
        Assert.True((await ScoreAsync(new EvalQuestion("what is the weather in paris", "abstain"))).Right);
        Assert.False((await ScoreAsync(new EvalQuestion("who proposed neutrality", "abstain"))).Right);
    }

    [Theory]
    [InlineData("Volodymyr Zelenskiy", "Volodymyr Zelensky", true)]
    [InlineData("the Ukrainian delegation", "The Ukrainian delegation", true)]
    [InlineData("Medinsky", "Vladimir Medinsky", true)]
    [InlineData("John Kirby", "Vladimir Medinsky", false)]
    public void SameSpeaker_AllowsSpellingVariantsOfOneName(string label, string speaker, bool same) =>
        Assert.Equal(same, ReplyScorer.SameSpeaker(label, speaker));

    [Fact]
    public void QuestionSet_RefusesALineWithoutKind_NamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => QuestionSet.Read(new StringReader("{\"q\":\"a\",\"kind\":\"answer\"}\n{\"q\":\"b\"}\n")));

        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }
}
