using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>Questions of their own in the middle of a conversation on the seed article: a whole question after
/// "and"/"so", "this article", "is there", "the next day", a question the coverage cannot answer and small talk get
/// the reply they get alone; "more" with no page left and "who quoted him" (after a "thanks") still take the conversation.</summary>
public sealed class OwnSubjectInConversationTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter(time: new FakeTimeProvider());

    [Theory]
    [InlineData("biden comments on the russian de-escalation pledge?", "so he believes them?", "so is there gonna be a referendum or what")]
    [InlineData("tell me about the referendum", "and Crimea?", "and what did the ukrainian delegation propose?")]
    [InlineData("what did Russia say about Kyiv", "and Fomin?", "is there a seize fire")]
    [InlineData("what did Reuters report about the guarantees", "which countries?", "who's quoted in this article")]
    [InlineData("what did U.S. officials say", "and Kirby?", "what outlets does the article cite")]
    [InlineData("who proposed neutrality?", "did they mention Crimea?", "who said they won't read into it until they see actions")]
    [InlineData("who said the talks were difficult", "what else did he say", "how many people have died in the war so far")]
    [InlineData("what did Russia say about Kyiv", "and Fomin?", "who won the champions league last night")]
    [InlineData("what did Fomin say about Kyiv", "why?", "what did Fomin say the next day")]
    [InlineData("what did Medinsky say about the talks", "and a ceasefire?", "cool got it")]
    [InlineData("what did Kirby say about kyiv", "but?", "ok i get it")]
    [InlineData("what did Biden say", "what about the Pentagon?", "what did the russians say they were prioritizing")]
    public async Task WholeQuestionAfterTwoTurns_GetsTheReplyItGetsAlone(string first, string second, string question)
    {
        await AskAsync(_router, "own", first);
        await AskAsync(_router, "own", second);

        var inContext = await AskAsync(_router, "own", question);
        var alone = await AloneAsync(_router, question);

        Assert.Equal(alone.Kind, inContext.Kind);
        Assert.Equal(alone.Citations, inContext.Citations);
    }

    [Fact]
    public async Task QuestionsTheCoverageCannotAnswer_StayDeclined_ShortOnesStillTakeTheTopic()
    {
        await AskAsync(_router, "off", "what did Russia say about Kyiv");

        foreach (var question in new[] { "who won the champions league last night", "whats the weather like in istanbul rn", "what's bitcoin trading at rn" })
        {
            Assert.Empty((await AskAsync(_router, "off", question)).Citations);
        }

        Assert.Empty((await AskAsync(_router, "off", "hey are you there")).Citations);
        await AskAsync(_router, "off", "anything about crimea in the proposals?");
        var howLong = await AskAsync(_router, "off", "how long?");
        Assert.Contains("15-year consultation period", howLong.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatElseOfAnotherSpeaker_IsWhatTheySaid_AndMoreWithNoPageLeft_ShowsMoreOfThem()
    {
        var kirby = await AskAsync(_router, "else", "what did Kirby say about the withdrawal");
        Assert.Equal("John Kirby", kirby.Citations[0].Speaker);

        var medinsky = await AskAsync(_router, "else", "what else did Medinsky say");
        Assert.Equal("Vladimir Medinsky", medinsky.Citations[0].Speaker);
        Assert.Equal((await AloneAsync(_router, "what else did Medinsky say")).Citations, medinsky.Citations);

        var ceasefire = await AskAsync(_router, "else", "what did Medinsky say about a ceasefire");
        Assert.Null(ceasefire.More);
        var more = await AskAsync(_router, "else", "more");
        Assert.Equal("Vladimir Medinsky", more.Citations[0].Speaker);
        Assert.DoesNotContain(more.Citations[0], ceasefire.Citations);
    }

    [Fact]
    public async Task WhoQuotedHim_ShowsTheLastStatementWithItsOutlet()
    {
        var biden = await AskAsync(_router, "who", "what did Biden say");
        await AskAsync(_router, "who", "thanks");

        var quoted = await AskAsync(_router, "who", "who quoted him");

        Assert.Equal(biden.Citations[0], quoted.Citations[0]);
        Assert.Contains(biden.Citations[0].Source.Publisher, quoted.Text, StringComparison.Ordinal);
    }
}
