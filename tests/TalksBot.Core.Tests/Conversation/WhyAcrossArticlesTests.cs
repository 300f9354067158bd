using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"why?" after a statement whose article gives no reason reads the same speaker on it in another article.</summary>
public sealed class WhyAcrossArticlesTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter(Border);

    [Fact]
    public async Task Why_FindsTheReasonAnotherOutletGave()
    {
        var first = await AskAsync(_router, "w1", "what did vell say about tariffs");
        Assert.Equal("halve the tariffs on grain from the first of the month.", first.Citations[0].Quote);

        var why = await AskAsync(_router, "w1", "why?");
        Assert.Equal("win back the river trade.", why.Citations[0].Quote);
        Assert.Equal("The River Herald", why.Citations[0].Source.Publisher);
    }
}
