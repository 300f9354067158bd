namespace TalksBot.Core.Tests.Query;

/// <summary>"does the governor believe the pledge": a title word as the subject of a yes/no question names the one quoted
/// person whose role it heads, so the answer is that person's words, not the pledge itself; so does the title of a short
/// follow-up ("and the mayor?"), though no article made the title a name of theirs.</summary>
public sealed class TitleAsSubjectTests : InventedArticleTests
{
    public TitleAsSubjectTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-pledge", "A pledge doubted",
            ["Ostrania pledged to scale down its shelling around the port.",
             "Hours after the pledge, Ivo Berg, governor of the Varna region, wrote: “Do we believe in it? Of course not.”",
             "“The shelling went on all night,” city mayor Ana Vell said."],
            [Person("berg", "Ivo Berg", "governor of the Varna region", "Berg"), Person("vell", "Ana Vell", "city mayor", "Vell"),
             new System.Text.Json.Nodes.JsonObject { ["id"] = "ostrania", ["kind"] = "government", ["name"] = "Ostrania", ["aliases"] = new System.Text.Json.Nodes.JsonArray() }],
            [Reported("ostrania-pledge", 1, "ostrania", "Ostrania pledged to scale down its shelling around the port."),
             Quote("berg-believe", 2, "berg", "Do we believe in it? Of course not"),
             Quote("vell-night", 3, "vell", "The shelling went on all night")]);
    }

    [Theory]
    [InlineData("does the governor believe ostrania's pledge")]
    [InlineData("is the governor believing the pledge?")]
    public void TheTitle_NamesItsOneHolder(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("and the mayor?")]
    [InlineData("no, the mayor")]
    public void TheTitleOfAShortMessage_NamesItsOneHolder(string message) =>
        Assert.Equal("Ana Vell", new Core.Query.QuestionParser(Knowledge.Index).Parse(message).Subject?.Name);

    [Fact]
    public void ATitleWithAWordItsHolderLacks_NamesNoOne() =>
        Assert.Null(new Core.Query.QuestionParser(Knowledge.Index).Parse("and the varna mayor?").Subject);
}
