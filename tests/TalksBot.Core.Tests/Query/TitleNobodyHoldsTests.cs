using System.Text.Json.Nodes;

namespace TalksBot.Core.Tests.Query;

/// <summary>"who headed the Veldorian delegation" when the one quoted head heads the Ostranian one: a person asked for by a
/// title no quoted person holds with the rest of the question is declined, not answered with the other side's head.</summary>
public sealed class TitleNobodyHoldsTests : InventedArticleTests
{
    public TitleNobodyHoldsTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-delegations", "Delegations meet",
            ["“The talks with the Veldorian delegation were useful,” said Ivo Berg, head of the Ostranian delegation.",
             "The Veldorian delegation said it would share the river."],
            [Person("berg", "Ivo Berg", "head of the Ostranian delegation", "Berg"),
             new JsonObject { ["id"] = "veldorian-delegation", ["kind"] = "delegation", ["name"] = "the Veldorian delegation", ["aliases"] = new JsonArray("Veldorian delegation") }],
            [Quote("berg-useful", 1, "berg", "The talks with the Veldorian delegation were useful"),
             Reported("veldoria-river", 2, "veldorian-delegation", "The Veldorian delegation said it would share the river.")]);
    }

    [Fact]
    public void ATitleOfTheOtherSide_IsDeclined() => Assert.False(Engine.Ask("who headed the veldorian delegation?").Answered);

    [Fact]
    public void TheTitleItsHolderHas_IsTheirProfile()
    {
        var answer = Engine.Ask("who heads the ostranian delegation");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Ivo Berg", answer.Text, StringComparison.Ordinal);
    }
}
