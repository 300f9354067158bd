namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Ukrainians say about the tariffs" where "Ukrainians" is a word of the coverage (a country of the data),
/// not a speaker: the side's people answer, not another side's statement that holds the word and the topic.</summary>
public sealed class SideAsSpeakerTests : InventedArticleTests
{
    public SideAsSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-grain", "Grain tariffs",
            [
                "“Ukrainian grain tariffs are hurting the port,” harbour master Ivo Berg said.",
                "“The tariffs stay until the ships move,” Ukrainian envoy Olena Marchuk said.",
            ],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("marchuk", "Olena Marchuk", "Ukrainian envoy", "Marchuk")],
            [
                Quote("berg-tariffs", 1, "berg", "Ukrainian grain tariffs are hurting the port"),
                Quote("marchuk-tariffs", 2, "marchuk", "The tariffs stay until the ships move"),
            ],
            places: [Place("Ukraine", "country")]);
    }

    [Fact]
    public void ASideNamedAsTheSpeaker_IsAnsweredByItsPeople()
    {
        var answer = Engine.Ask("what did the ukrainians say about the tariffs");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Olena Marchuk", answer.Citations[0].Speaker);
    }
}
