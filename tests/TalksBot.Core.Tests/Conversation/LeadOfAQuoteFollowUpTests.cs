using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"which countries" answered only by the article's words before a quote ("would involve Norland, Sudmark and
/// Oslia … 'from any attack,' Berg added"): the citation widens to that sentence, as the article's account, and the
/// conversation and ratings still know it as Berg's statement.</summary>
public sealed class LeadOfAQuoteFollowUpTests : InventedArticleTests
{
    private const string Sentence = "The plan would involve Norland, Sudmark and Oslia as guarantors to protect the harbour “from any attack,” Berg added.";

    public LeadOfAQuoteFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-guarantors", "Harbour guarantors",
            ["“We want a treaty that protects the harbour,” said Ivo Berg, the harbour master.",
             Sentence,
             "“But the treaty must be ratified first,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-treaty", 1, "berg", "We want a treaty that protects the harbour"),
             Quote("berg-attack", 2, "berg", "from any attack,"),
             Quote("berg-ratified", 3, "berg", "But the treaty must be ratified first")],
            places: [Place("Norland", "country"), Place("Sudmark", "country"), Place("Oslia", "country")]);
    }

    [Fact]
    public async Task WhichCountries_CitesTheSentenceHoldingThem_AndTheThreadGoesOn()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var treaty = await AskAsync(router, "l1", "who wants a treaty that protects the harbour");
        Assert.Equal("We want a treaty that protects the harbour", treaty.Citations[0].Quote);

        var countries = await AskAsync(router, "l1", "which countries");

        Assert.Equal(Sentence, countries.Citations[0].Quote);
        Assert.Equal(StatementKind.ReportedClaim, countries.Citations[0].Kind);
        Assert.Equal("Ivo Berg", countries.Citations[0].Speaker);

        var but = await AskAsync(router, "l1", "but?");
        Assert.Equal("But the treaty must be ratified first", but.Citations[0].Quote);
    }

    [Fact]
    public async Task TheWidenedCitation_IsRatedAsTheStatementItHolds()
    {
        var router = TestCore.CreateRouter(Knowledge);
        await AskAsync(router, "l2", "who wants a treaty that protects the harbour");
        var countries = await AskAsync(router, "l2", "which countries");

        Assert.Equal(Sentence, countries.Citations[0].Quote);
        Assert.Equal("ledger-2022-03-30-guarantors/berg-attack", StatementLookup.Of(Knowledge).IdOf(countries.Citations[0]));
    }
}
