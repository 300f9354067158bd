namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Lind say about the harbour declaration" where her quote does not name it but stands in the story headlined
/// with it (a word another headline shares too): the words name the occasion the speaker spoke at, so their statements in that story answer; a name
/// only the story's lead holds ("the Kasmir corridor") is something said and must be in the statement.</summary>
public sealed class OccasionWordsTests : InventedArticleTests
{
    public OccasionWordsTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2023-05-20-declaration", "Ostrania and Veldoria sign harbour declaration, but no truce yet",
            [
                "Ostrania and Veldoria signed a declaration in Harbourtown on Saturday that commits both to protect civilians and to reopen the Kasmir corridor, though no truce was agreed.",
                "Mara Lind, head of the Doctors’ Union, called it “an important step for the wounded”.",
                "“We will count the beds again,” Lind said.",
            ],
            [Person("lind", "Mara Lind", "head of the Doctors’ Union", "Lind")],
            [Quote("lind-step", 2, "lind", "an important step for the wounded"), Quote("lind-beds", 3, "lind", "We will count the beds again")]);
        Write("ledger-2023-05-21-strike", "Dock strike spreads along the coast despite declaration",
            ["“Nothing sails from the harbour this week, declaration or not,” union head Olev Kask said."],
            [Person("kask", "Olev Kask", "union head", "Kask")],
            [Quote("kask-sails", 1, "kask", "Nothing sails from the harbour this week, declaration or not")]);
    }

    [Fact]
    public void Ask_WhatSomeoneSaidAboutTheirStorysOccasion_QuotesThemThere()
    {
        var answer = Engine.Ask("what did lind say about the harbour declaration");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("an important step for the wounded", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what did Podolyak say about Russia's pledge")]
    [InlineData("did Podolyak say anything about Russia's pledge")]
    [InlineData("did Biden comment on the Istanbul progress")]
    [InlineData("what did Medinsky say about Kyiv")]
    public void Ask_WordsOfTheSeedStoryItself_DoNotMakeAnyStatementOfItsSpeakerAnAnswer(string question) =>
        Assert.False(TestKit.TestCore.CreateEngine().Ask(question).Answered);

    [Theory]
    [InlineData("what did lind say about the kasmir corridor")]
    [InlineData("what did lind say about the dock strike")]
    public void Ask_WhatTheirStatementDoesNotSay_IsDeclined(string question) =>
        Assert.False(Engine.Ask(question).Answered);
}
