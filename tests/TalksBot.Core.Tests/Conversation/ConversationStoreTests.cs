using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Conversation;

namespace TalksBot.Core.Tests.Conversation;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new();

    private static ConversationTurn Turn(string question) => new(question, null, false, "", [], null);

    [Fact]
    public void History_KeepsOnlyTheLastTurns()
    {
        var store = new ConversationStore(_time, 10, TimeSpan.FromMinutes(30), maxTurns: 5);

        for (var i = 1; i <= 7; i++)
        {
            store.Add("c", Turn("q" + i));
        }

        Assert.Equal(["q3", "q4", "q5", "q6", "q7"], store.History("c").Select(t => t.Question));
    }

    [Fact]
    public void History_IsForgottenAfterTheSilence_AndEachMessageRestartsIt()
    {
        var store = new ConversationStore(_time, 10, TimeSpan.FromMinutes(30), maxTurns: 5);
        store.Add("c", Turn("q1"));
        _time.Advance(TimeSpan.FromMinutes(20));
        store.Add("c", Turn("q2"));
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(2, store.History("c").Count);

        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(store.History("c"));
    }

    [Fact]
    public void Capacity_ForgetsTheConversationSilentLongest()
    {
        var store = new ConversationStore(_time, capacity: 2, TimeSpan.FromMinutes(30), maxTurns: 5);
        store.Add("a", Turn("a1"));
        _time.Advance(TimeSpan.FromSeconds(1));
        store.Add("b", Turn("b1"));
        _time.Advance(TimeSpan.FromSeconds(1));
        store.Add("a", Turn("a2"));
        store.Add("c", Turn("c1"));

        Assert.Equal(2, store.History("a").Count);
        Assert.Empty(store.History("b"));
        Assert.Single(store.History("c"));
    }

    [Fact]
    public void Forget_DropsTheConversation_ReplaceLastChangesOnlyTheLastTurn()
    {
        var store = new ConversationStore(_time, 10, TimeSpan.FromMinutes(30), maxTurns: 5);
        store.Add("c", Turn("q1"));
        store.Add("c", Turn("q2"));

        store.ReplaceLast("c", Turn("q2") with { MoreCommand = "more k 6" });
        Assert.Equal([null, "more k 6"], store.History("c").Select(t => t.MoreCommand));

        store.Forget("c");
        Assert.Empty(store.History("c"));
    }
}
