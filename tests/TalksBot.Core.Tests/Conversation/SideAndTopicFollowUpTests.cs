using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"the ukrainians about the harbour?" after another side's speaker: that side's words on the topic it names, not the
/// last speaker's, though the last speaker's words on it name that side too; "what was she responding to" is the other side's
/// words on hers when the data records no dispute.</summary>
public sealed class SideAndTopicFollowUpTests : InventedArticleTests
{
    public SideAndTopicFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour talks",
            ["Kremlin spokesman Ivo Berg said: “The talks went well. The harbour stays closed to Ukrainian grain ships.”",
             "Ukrainian negotiator Ana Vell said: “The harbour must reopen for grain at once.”",
             "Ukrainian minister Lina Ott said: “The talks were a waste of time.”"],
            [Person("berg", "Ivo Berg", "Kremlin spokesman", "Berg"), Person("vell", "Ana Vell", "Ukrainian negotiator", "Vell"),
             Person("ott", "Lina Ott", "Ukrainian minister", "Ott")],
            [Quote("berg-talks", 1, "berg", "The talks went well."),
             Quote("berg-harbour", 1, "berg", "The harbour stays closed to Ukrainian grain ships."),
             Quote("vell-harbour", 2, "vell", "The harbour must reopen for grain at once."),
             Quote("ott-talks", 3, "ott", "The talks were a waste of time.")]);
    }

    [Theory]
    [InlineData("the ukrainians about the harbour?")]
    [InlineData("and the ukrainians on the harbour")]
    public async Task ASideAndATopic_GetThatSidesWordsOnIt(string followUp)
    {
        var router = TestCore.CreateRouter(Knowledge);
        var talks = await AskAsync(router, "s1", "what did berg say about the talks");
        Assert.Equal("Ivo Berg", talks.Citations[0].Speaker);

        var side = await AskAsync(router, "s1", followUp);

        Assert.Equal(ReplyKind.Answer, side.Kind);
        Assert.Equal("Ana Vell", side.Citations[0].Speaker);
    }

    [Fact]
    public async Task ASideAndATopic_IsThatTopic_NotTheLastStatements()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var harbour = await AskAsync(router, "s3", "what did berg say about the harbour");
        Assert.Equal("The harbour stays closed to Ukrainian grain ships.", harbour.Citations[0].Quote);

        var talks = await AskAsync(router, "s3", "the ukrainians about the talks?");

        Assert.Equal(ReplyKind.Answer, talks.Kind);
        Assert.Equal("The talks were a waste of time.", talks.Citations[0].Quote);
    }

    [Fact]
    public async Task WhatWasSheRespondingTo_WithNoDisputeInTheData_IsTheOtherSideOnIt()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var vell = await AskAsync(router, "s2", "what did vell say about the harbour");
        Assert.Equal("Ana Vell", vell.Citations[0].Speaker);

        var answered = await AskAsync(router, "s2", "what was she responding to");

        Assert.Equal(ReplyKind.Answer, answered.Kind);
        Assert.Equal("The harbour stays closed to Ukrainian grain ships.", answered.Citations[0].Quote);
    }
}
