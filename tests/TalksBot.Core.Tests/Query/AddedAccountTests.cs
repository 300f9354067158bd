using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>"“The port is open,” Brandt said, adding that the ships would sail again on Monday": the account after the quote in
/// its own sentence tells what she said besides the quote, so the quote never takes its place, however close in meaning.</summary>
public sealed class AddedAccountTests : InventedArticleTests
{
    private const string Said = "The port is open";
    private const string Added = "the ships would sail again on Monday.";

    public AddedAccountTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-port", "Port reopens",
            ["“The port is open,” harbour master Ilse Brandt said, adding that the ships would sail again on Monday."],
            [Person("brandt", "Ilse Brandt", "harbour master", "Brandt")],
            [Quote("brandt-open", 1, "brandt", Said), Reported("brandt-sail", 1, "brandt", Added)]);
    }

    [Fact]
    public void TheAccountAddedAfterAQuote_IsShownItself()
    {
        var semantic = new SemanticSearch(new SameMeaningEmbedder(Added, Said), new ListLogger<SemanticSearch>());

        var answer = QueryEngine.Ask(Knowledge.Index, "did brandt say when the ships would sail again", semantic);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Added, answer.Citations[0].Quote);
    }
}
