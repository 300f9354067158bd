namespace TalksBot.Core.Tests.Query;

/// <summary>"what does Varnia refuse, according to Berg": the one the question attributes it to is the speaker, and the verb
/// of saying before is what was said, not a speaker of its own the coverage does not quote.</summary>
public sealed class AttributedSpeakerTests : InventedArticleTests
{
    public AttributedSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-pact", "Pact talks",
            ["Negotiator Ivo Berg said: “The talks went well.”",
             "Berg added: “Varnia refuses to join the naval pact, and we accept that.”"],
            [Person("berg", "Ivo Berg", "negotiator", "Berg")],
            [Quote("berg-talks", 1, "berg", "The talks went well."),
             Quote("berg-pact", 2, "berg", "Varnia refuses to join the naval pact, and we accept that.")]);
    }

    [Theory]
    [InlineData("according to berg what does varnia refuse to do")]
    [InlineData("what does varnia refuse per berg")]
    [InlineData("acc to berg, what does varnia refuse")]
    public void TheAttributedSpeaker_Speaks_AndTheVerbIsWhatWasSaid(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Varnia refuses to join the naval pact, and we accept that.", answer.Citations[0].Quote);
    }
}
