using TalksBot.Core.Deliveries;

namespace TalksBot.State.Tests;

public sealed class ArchitectureTests
{
    /// <summary>State implements Core's interfaces (the ledger, the limits, conversations, pages, rated answers, votes, start pacing) and knows no platform.</summary>
    [Fact]
    public void State_ReferencesCoreButNoAdapterNorTheExecutable()
    {
        var referenced = typeof(StateOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("TalksBot.Core", referenced);
        Assert.Contains("StackExchange.Redis", referenced);
        Assert.DoesNotContain(referenced, n => n is "TalksBot" or "TalksBot.Slack" or "TalksBot.Discord");
        Assert.All(
            [typeof(IDeliveryLedger), typeof(Core.Limits.IRateLimits), typeof(Core.Conversation.IConversationStore), typeof(Core.Chat.IFollowUpStore),
             typeof(Core.Feedback.IRatedAnswerStore), typeof(Core.Feedback.IFeedbackStore), typeof(Core.Coordination.IStartPacing)],
            contract => Assert.Equal("TalksBot.Core", contract.Assembly.GetName().Name));
        Assert.All(
            typeof(StateOptions).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("TalksBot.State.", StringComparison.Ordinal) == true && t.Name.StartsWith("Shared", StringComparison.Ordinal) && !t.IsGenericType),
            shared => Assert.Contains(shared.GetInterfaces(), i => i.Assembly.GetName().Name == "TalksBot.Core"));
    }
}
