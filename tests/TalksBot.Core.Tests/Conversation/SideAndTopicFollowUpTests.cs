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
             "Ukrainian negotiator Ana Vell said: “The harbour must reopen for grain at once.”"],
            [Person("berg", "Ivo Berg", "Kremlin spokesman", "Berg"), Person("vell", "Ana Vell", "Ukrainian negotiator", "Vell")],
            [Quote("berg-talks", 1, "berg", "The talks went well."),
             Quote("berg-harbour", 1, "berg", "The harbour stays closed to Ukrainian grain ships."),
             Quote("vell-harbour", 2, "vell", "The harbour must reopen for grain at once.")]);
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
