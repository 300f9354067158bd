namespace TalksBot.Core.Tests.Query;

/// <summary>"the Russian and Ukrainian foreign ministers" (a title in the plural) names no one foreign minister: the statement about their
/// meeting answers, though it is not the quoted minister's.</summary>
public sealed class PluralTitleTests : InventedArticleTests
{
    public PluralTitleTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-ministers", "Ministers may meet",
            ["“Our border stays open,” Ukrainian foreign minister Ina Vell said.",
             "“The talks will be followed by talks of the Russian and Ukrainian foreign ministers,” mediator Ivo Berg said.",
             "“A meeting of their foreign ministers, Russian and Ukrainian, may take place in a week or two,” Berg added."],
            [Person("vell", "Ina Vell", "Ukrainian foreign minister", "Vell", "Ukrainian foreign minister"), Person("berg", "Ivo Berg", "mediator", "Berg")],
            [Quote("vell-border", 1, "vell", "Our border stays open"),
             Quote("berg-followed", 2, "berg", "The talks will be followed by talks of the Russian and Ukrainian foreign ministers"),
             Quote("berg-week", 3, "berg", "A meeting of their foreign ministers, Russian and Ukrainian, may take place in a week or two")]);
    }

    [Theory]
    [InlineData("when could the russian and ukrainian foreign ministers meet")]
    [InlineData("when will the ukrainian and russian foreign ministers meet?")]
    public void APluralTitle_AsksAboutTheMeetingNotTheOneMinister(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("A meeting of their foreign ministers, Russian and Ukrainian, may take place in a week or two", answer.Citations[0].Quote);
    }

    [Fact]
    public void TheSingularTitle_StillNamesTheMinister() =>
        Assert.Equal("Ina Vell", Engine.Ask("what did the ukrainian foreign minister say").Citations[0].Speaker);
}
