using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"what did he say Vell would do": a pronoun right before the verb of saying is the last speaker, and the person
/// named after it is what he spoke of, not a new speaker; "what did the NYT report he said" is his words through that outlet.</summary>
public sealed class PronounBeforeSayingFollowUpTests : InventedArticleTests
{
    public PronounBeforeSayingFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour talks",
            ["Spokesman Ivo Berg said: “The harbour talks went well.”",
             "Berg added: “Ana Vell will set out the terms tomorrow.”",
             "Negotiator Ana Vell said: “The grain ships sail on Monday.”"],
            [Person("berg", "Ivo Berg", "spokesman", "Berg"), Person("vell", "Ana Vell", "negotiator", "Vell")],
            [Quote("berg-talks", 1, "berg", "The harbour talks went well."),
             Quote("berg-terms", 2, "berg", "Ana Vell will set out the terms tomorrow."),
             Quote("vell-ships", 3, "vell", "The grain ships sail on Monday.")]);
    }

    [Fact]
    public async Task APronounBeforeSaying_IsTheLastSpeaker_AndTheNameAfterItWhatHeSpokeOf()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var berg = await AskAsync(router, "n1", "what did berg say about the harbour talks");
        Assert.Equal("Ivo Berg", berg.Citations[0].Speaker);

        var terms = await AskAsync(router, "n1", "what did he say vell would do");

        Assert.Equal(ReplyKind.Answer, terms.Kind);
        Assert.Equal("Ana Vell will set out the terms tomorrow.", terms.Citations[0].Quote);
    }

    [Fact]
    public async Task WhatAnOutletReportedHeSaid_IsHisWordsThroughThatOutlet()
    {
        var router = TestCore.CreateRouter();
        var medinsky = await AskAsync(router, "n2", "what did medinsky say about a ceasefire");
        Assert.Equal("Vladimir Medinsky", medinsky.Citations[0].Speaker);

        var nyt = await AskAsync(router, "n2", "and what did the nyt report he said");

        Assert.Equal(ReplyKind.Answer, nyt.Kind);
        Assert.Equal("Vladimir Medinsky", nyt.Citations[0].Speaker);
        Assert.Equal("The New York Times", nyt.Citations[0].Via);
    }
}
