namespace TalksBot.Core.Tests.Query;

/// <summary>A speaker asked for the way the story introduced them, by words their name and role do not hold ("the guy in
/// Harbourtown", "the RWI analyst"), and the near misses that must stay declined.</summary>
public sealed class IntroducedSpeakerTests : InventedArticleTests
{
    public IntroducedSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2023-04-04-alliance", "Ostrania joins the alliance",
            [
                "Ostrania formally joined the alliance on Tuesday.",
                "In the border town of Harbourtown, local entrepreneur Mikko Laine says he has mixed feelings. “People here feel safer, yes.”",
                "Dr Helen Marsh, a specialist at the Royal Westland Institute, said the move was “a turning point for the north”.",
                "Defence minister Juhani Kask said the day was “the end of an era”.",
                "Anna Kovac, an analyst at the Nordic Policy Institute who met the Veldorian ambassador last week, said the talks were “only a beginning”.",
            ],
            [Person("laine", "Mikko Laine", "local entrepreneur", "Laine"), Person("marsh", "Helen Marsh", "specialist", "Marsh"),
                Person("kask", "Juhani Kask", "Defence minister", "Kask"), Person("kovac", "Anna Kovac", "analyst at the Nordic Policy Institute", "Kovac")],
            [
                Quote("laine-safer", 2, "laine", "People here feel safer, yes."),
                Quote("marsh-turning", 3, "marsh", "a turning point for the north"),
                Quote("kask-era", 4, "kask", "the end of an era"),
                Quote("kovac-beginning", 5, "kovac", "only a beginning"),
            ]);
        Write("ledger-2023-04-05-strike", "Harbour strike ends at Veldport",
            [
                "The harbour strike ended on Wednesday.",
                "Lena Berg, a volcanologist who has studied the ridge for years, said the harbour was “safe for now”.",
                "Pavel Dorn, who runs a guesthouse in the old town, said: “The rooms are full again.”",
                "Petra Holm, who runs a bakery by the port and hosted the Veldorian ambassador last week, said: “Business is back.”",
            ],
            [Person("berg", "Lena Berg", "volcanologist", "Berg"), Person("dorn", "Pavel Dorn", "", "Dorn"), Person("holm", "Petra Holm", "", "Holm")],
            [Quote("berg-safe", 2, "berg", "safe for now"), Quote("dorn-full", 3, "dorn", "The rooms are full again."), Quote("holm-back", 4, "holm", "Business is back.")],
            date: "2023-04-05", places: [Place("Veldport", "city")]);
    }

    [Theory]
    [InlineData("what did the guy in harbourtown near the border say", "People here feel safer, yes.")]
    [InlineData("what did the rwi analyst say", "a turning point for the north")]
    [InlineData("what did the volcanologist say", "safe for now")]
    [InlineData("what did the guesthouse owner in veldport say", "The rooms are full again.")]
    [InlineData("what did ostrania's defence minister say", "the end of an era")]
    public void Ask_SpeakerDescribedAsTheStoryIntroducedThem_QuotesThem(string question, string quote)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what did the westland foreign minister say")]
    [InlineData("what did the harbourtown border guards say")]
    [InlineData("what did the ostranian statement on the alliance say")]
    [InlineData("what did the npi ambassador say")]
    [InlineData("what did ostrania's foreign minister say")]
    [InlineData("what did the ostranian volcanologist say")]
    [InlineData("what did the veldorian ambassador say")]
    public void Ask_DescriptionOfSomeoneTheStoryDoesNotQuote_IsDeclined(string question) =>
        Assert.False(Engine.Ask(question).Answered);
}
