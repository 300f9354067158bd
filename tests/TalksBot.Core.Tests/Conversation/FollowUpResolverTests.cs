using TalksBot.Core.Conversation;
using TalksBot.Core.Knowledge;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>How a message is rewritten after one answer that quoted John Kirby on the withdrawal.</summary>
public sealed class FollowUpResolverTests
{
    private static readonly FollowUpResolver Resolver = new(new KnowledgeStore(TestCore.Knowledge));

    private static readonly IReadOnlyList<ConversationTurn> AfterKirby =
        [new("what did kirby say about the withdrawal", "John Kirby", true, "withdrawal", [], null)];

    [Theory]
    [InlineData("what did he say right before that", ContinuationKind.Previous)]
    [InlineData("and earlier?", ContinuationKind.Previous)]
    [InlineData("what did he say earlier about crimea", ContinuationKind.None)]
    [InlineData("what did he say before it invaded", ContinuationKind.None)]
    [InlineData("what was he responding to", ContinuationKind.RespondingTo)]
    [InlineData("in response to what?", ContinuationKind.RespondingTo)]
    [InlineData("who responded to that?", ContinuationKind.None)]
    [InlineData("what was the reaction to this", ContinuationKind.None)]
    public void WordsOfSequenceAndOfReplying_CountOnlyWhereTheyCloseTheMessage(string message, ContinuationKind expected)
    {
        var shown = TestCore.CreateEngine(TestCore.Knowledge).Ask("what did kirby say about the withdrawal").Citations;
        IReadOnlyList<ConversationTurn> history = [AfterKirby[0] with { Shown = shown }];

        var continuation = Resolver.Resolve(message, history).Continuation;

        Assert.Equal(expected, continuation is ContinuationKind.Previous or ContinuationKind.RespondingTo ? continuation : ContinuationKind.None);
    }

    [Theory]
    [InlineData("what about Kyiv?", "what did John Kirby say about Kyiv")]
    [InlineData("and the Ukrainian delegation?", "what did the Ukrainian delegation say about withdrawal")]
    [InlineData("but why", "why did John Kirby say that about withdrawal")]
    [InlineData("did he mention the Donbas?", "did John Kirby mention the Donbas?")]
    [InlineData("what did he say next", "what did John Kirby say")]
    [InlineData("und Biden?", "what did Joe Biden say about withdrawal")]
    [InlineData("et Medinsky ?", "what did Vladimir Medinsky say about withdrawal")]
    [InlineData("anything about the donbas at all", "what did John Kirby say about donbas")]
    public void FollowUp_IsRewrittenWithTheLastSpeakerOrTopic(string message, string expected)
    {
        var resolved = Resolver.Resolve(message, AfterKirby);

        Assert.True(resolved.InContext);
        Assert.Equal(expected, resolved.Question);
    }

    [Theory]
    [InlineData("what did Zelensky say about Russian shells")]
    [InlineData("who proposed neutrality?")]
    [InlineData("thanks!")]
    [InlineData("lol classic")]
    [InlineData("what did Putin say about Kyiv")]
    [InlineData("is there a ceasefire?")]
    [InlineData("and what did the ukrainian delegation propose?")]
    [InlineData("so is there gonna be a referendum or what")]
    [InlineData("who's quoted in this article")]
    [InlineData("how many people have died in the war so far")]
    [InlineData("hey are you there")]
    public void MessageThatStandsOnItsOwn_IsLeftAsWritten(string message)
    {
        var resolved = Resolver.Resolve(message, AfterKirby);

        Assert.False(resolved.InContext);
        Assert.Equal(message, resolved.Question);
    }

    [Theory]
    [InlineData("who said that originally", ContinuationKind.Same)]
    [InlineData("which paper carried it?", ContinuationKind.Same)]
    [InlineData("but?", ContinuationKind.Statement)]
    [InlineData("why not", ContinuationKind.Statement)]
    [InlineData("in return for what?", ContinuationKind.Statement)]
    [InlineData("was he joking?", ContinuationKind.Statement)]
    [InlineData("what did he say next", ContinuationKind.Next)]
    [InlineData("what's his job", ContinuationKind.Same)]
    [InlineData("and what was his role then", ContinuationKind.Same)]
    public void FollowUpAboutTheLastStatement_KeepsItsContinuation(string message, ContinuationKind expected)
    {
        IReadOnlyList<ConversationTurn> shown = [AfterKirby[0] with { Shown = [TestCore.Knowledge.Index.Statements.First(s => s.Speaker.Name == "John Kirby").Citation] }];

        var resolved = Resolver.Resolve(message, shown);

        Assert.True(resolved.InContext);
        Assert.Equal(expected, resolved.Continuation);
    }

    [Fact]
    public void HeAfterAPartysAnswer_StandsForThePersonAskedAboutBefore()
    {
        var russia = TestCore.Knowledge.Index.Statements.First(s => s.Speaker.Name == "Russia").Citation;
        IReadOnlyList<ConversationTurn> history =
        [
            new("what did zelensky say about the talks", "Volodymyr Zelensky", true, "talks", [], null),
            new("what did russia pledge", "Russia", false, "", [russia], null),
        ];

        var resolved = Resolver.Resolve("what did he say about Kyiv", history);

        Assert.Equal("what did Volodymyr Zelensky say about Kyiv", resolved.Question);
    }
}
