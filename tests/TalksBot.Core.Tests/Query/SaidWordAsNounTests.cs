namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Vell say about the Norland pledge": after the verb of saying, "pledge" at the end of a phrase opened by
/// "the" is the topic, not a second verb of saying. An invented article.</summary>
public sealed class SaidWordAsNounTests : InventedArticleTests
{
    public SaidWordAsNounTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-border", "Border reopens",
            ["Envoy Ilse Vell said: “Norland harbours are full.”",
             "Vell added: “The Norland pledge to reopen the border by spring is welcome, and we will hold them to it.”"],
            [Person("vell", "Ilse Vell", "envoy", "Vell")],
            [Quote("vell-harbours", 1, "vell", "Norland harbours are full."),
             Quote("vell-pledge", 2, "vell", "The Norland pledge to reopen the border by spring is welcome, and we will hold them to it.")]);
    }

    [Fact]
    public void APledgeAskedAbout_IsATopicTheAnswerMustHold()
    {
        var answer = Engine.Ask("what did vell say about the norland pledge");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The Norland pledge", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerbOfSayingReportedAfterTheFirst_WithNoPrepositionBeforeItsPhrase_StaysAVerb()
    {
        var answer = Engine.Ask("what did vell say the norland harbours pledged");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Norland harbours are full.", answer.Citations[0].Quote);
    }
}
