using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"norland's envoy on the ceasefire?" then "did the port authority agree": the words naming the envoy are no topic,
/// and the body's spokeswoman on the ceasefire answers for it, not a list of everything the body said; on an invented article.</summary>
public sealed class BodyAgreementFollowUpTests : InventedArticleTests
{
    public BodyAgreementFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-ceasefire", "Ceasefire hopes",
            ["Norland's trade envoy Ilse Vell said: “The ceasefire must hold before the harvest.”",
             "The Port Authority said it could not confirm the grain figures.",
             "Port Authority spokeswoman Lena Holm said: “A ceasefire is a fair start.”",
             "Holm added: “Our cranes stand idle every Sunday.”"],
            [Person("vell", "Ilse Vell", "Norland trade envoy", "Vell"), Person("holm", "Lena Holm", "Port Authority spokeswoman", "Holm"),
             new System.Text.Json.Nodes.JsonObject { ["id"] = "port", ["kind"] = "group", ["name"] = "the Port Authority", ["aliases"] = new System.Text.Json.Nodes.JsonArray() }],
            [WithTopics(Quote("vell-ceasefire", 1, "vell", "The ceasefire must hold before the harvest."), "ceasefire"),
             Reported("port-figures", 2, "port", "said it could not confirm the grain figures"),
             WithTopics(Quote("holm-ceasefire", 3, "holm", "A ceasefire is a fair start."), "ceasefire"),
             Quote("holm-cranes", 4, "holm", "Our cranes stand idle every Sunday.")]);
    }

    [Fact]
    public async Task DidTheBodyAgree_AfterADescribedSpeakerOnATopic_GetsItsSpokeswomanOnThatTopic()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var vell = await AskAsync(router, "b1", "norland's envoy on the ceasefire?");
        Assert.Equal("Ilse Vell", vell.Citations[0].Speaker);

        var port = await AskAsync(router, "b1", "did the port authority agree");

        Assert.Equal(ReplyKind.Answer, port.Kind);
        Assert.Equal("A ceasefire is a fair start.", port.Citations[0].Quote);
    }

    [Fact]
    public async Task Seed_DidTheOutletAgree_IsTheOutletsOwnWords_NotThoseItCarried()
    {
        var router = TestCore.CreateRouter();
        await AskAsync(router, "b2", "what did medinsky say about the talks");

        var wire = await AskAsync(router, "b2", "did the daily wire agree");

        Assert.Equal(ReplyKind.Answer, wire.Kind);
        Assert.All(wire.Citations, c => Assert.Equal("The Daily Wire", c.Speaker));
    }

    [Fact]
    public void TheWordsDescribingTheSpeakerBeforeOn_AreNoTopicOfTheTurn()
    {
        var turn = new FollowUpResolver(new KnowledgeStore(Knowledge)).TurnOf("norland's envoy on the ceasefire?", [], null);

        Assert.Equal("Ilse Vell", turn!.Speaker);
        Assert.Equal("ceasefire", turn.Topic);
        Assert.Equal("harvest ceasefire", new FollowUpResolver(new KnowledgeStore(Knowledge)).TurnOf("vell harvest on the ceasefire?", [], null)!.Topic);
    }
}
