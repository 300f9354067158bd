using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"and the Kremlin?" after a statement on a topic: the side's member whose role holds the word the message named it by
/// (the Kremlin spokesman) answers first, with his words on the last turn's topic before his others; on an invented article
/// whose statements carry the data's topics.</summary>
public sealed class PartyVoiceFollowUpTests : InventedArticleTests
{
    public PartyVoiceFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-crimea", "Crimea talks",
            ["Ukrainian negotiator Oles Marko said: “On Crimea and on the talks we offer fifteen years of consultations.”",
             "Kremlin spokesman Ivan Sorin said: “The talks went on for hours and ended late.”",
             "Sorin added: “Crimea is ours and will stay ours.”",
             "Russian general Pavel Grom said: “The talks changed nothing on the Crimea front.”"],
            [Person("marko", "Oles Marko", "Ukrainian negotiator", "Marko"), Person("sorin", "Ivan Sorin", "Kremlin spokesman", "Sorin"),
             Person("grom", "Pavel Grom", "Russian general", "Grom")],
            [WithTopics(Quote("marko-crimea", 1, "marko", "On Crimea and on the talks we offer fifteen years of consultations."), "crimea", "talks"),
             WithTopics(Quote("sorin-talks", 2, "sorin", "The talks went on for hours and ended late."), "talks"),
             WithTopics(Quote("sorin-crimea", 3, "sorin", "Crimea is ours and will stay ours."), "crimea"),
             WithTopics(Quote("grom-front", 4, "grom", "The talks changed nothing on the Crimea front."), "talks", "crimea")]);
    }

    [Fact]
    public async Task AndTheKremlin_GetsTheKremlinSpokesmanOnTheLastTopicFirst()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var marko = await AskAsync(router, "v1", "what did marko say about crimea");
        Assert.Equal("Oles Marko", marko.Citations[0].Speaker);

        var kremlin = await AskAsync(router, "v1", "and the kremlin?");

        Assert.Equal(ReplyKind.Answer, kremlin.Kind);
        Assert.Equal("Crimea is ours and will stay ours.", kremlin.Citations[0].Quote);
        Assert.Contains("Crimea is ours", kremlin.Text, StringComparison.Ordinal);
        Assert.Contains(kremlin.Citations, c => c.Speaker == "Pavel Grom");
    }
}
