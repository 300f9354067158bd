using TalksBot.Core.Chat;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"which outlet ran that" right after a declined question: "that" is the last statement shown, not nothing.</summary>
public sealed class AfterADeclineFollowUpTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter();

    [Theory]
    [InlineData("which outlet ran that")]
    [InlineData("source?")]
    public async Task AProvenanceQuestionAfterADecline_IsAboutTheLastStatementShown(string provenance)
    {
        var kirby = await ConversationTestKit.AskAsync(_router, "d1", "what did kirby say about troops leaving kyiv");
        Assert.Equal("John Kirby", kirby.Citations[0].Speaker);
        Assert.Empty((await ConversationTestKit.AskAsync(_router, "d1", "how many troops exactly")).Citations);

        var reply = await ConversationTestKit.AskAsync(_router, "d1", provenance);

        Assert.StartsWith("That was John Kirby in The Daily Wire", reply.Text, StringComparison.Ordinal);
        Assert.Equal(kirby.Citations[0], reply.Citations[0]);
    }
}
