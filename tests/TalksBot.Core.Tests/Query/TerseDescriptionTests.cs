namespace TalksBot.Core.Tests.Query;

/// <summary>A secretary-general is the organisation's chief or boss, and "League chief on the ships" (no verb of
/// saying) asks what the one so described said about the ships; "the port's engineering" (a verb or a gerund after the
/// possessive) describes no port engineer.</summary>
public sealed class TerseDescriptionTests : InventedArticleTests
{
    public TerseDescriptionTests() =>
        Write("ledger-2022-03-30-league", "The league meets",
            ["“The ships keep sailing through the strait,” said Ivo Berg, the Harbour League Secretary-General.",
             "“The cranes will be replaced in June,” Berg added.",
             "Port engineer Ana Vell disagreed: “The League ships are not sailing, the League ships are waiting in the strait.”"],
            [Person("berg", "Ivo Berg", "Harbour League Secretary-General", "Berg"), Person("vell", "Ana Vell", "port engineer", "Vell")],
            [Quote("berg-ships", 1, "berg", "The ships keep sailing through the strait"),
             Quote("berg-cranes", 2, "berg", "The cranes will be replaced in June"),
             Quote("vell-waiting", 3, "vell", "The League ships are not sailing, the League ships are waiting in the strait.")]);

    [Theory]
    [InlineData("what did the league's boss say about the cranes", "The cranes will be replaced in June")]
    [InlineData("league chief on the ships", "The ships keep sailing through the strait")]
    [InlineData("harbour league boss on the cranes", "The cranes will be replaced in June")]
    public void TheDescribedChief_IsAskedAbout(string question, string quote)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("league chief on the ships")]
    [InlineData("harbour league boss on the cranes")]
    public void TheWordsBeforeOn_DescribeWhoIsAskedAbout(string question) =>
        Assert.Equal("Ivo Berg", new Core.Query.QuestionParser(Knowledge.Index).Parse(question).Subject?.Name);

    [Fact]
    public void AVerbAfterAContractedIs_DescribesNoOne() =>
        Assert.NotEqual("Ana Vell", new Core.Query.QuestionParser(Knowledge.Index).Parse("is the league sure the port's engineering will hold").Subject?.Name);

    [Fact]
    public void ARoleWordAfterAPossessive_StillDescribes() =>
        Assert.Equal("Ivo Berg", new Core.Query.QuestionParser(Knowledge.Index).Parse("any upbeat read from the league's chief?").Subject?.Name);
}
