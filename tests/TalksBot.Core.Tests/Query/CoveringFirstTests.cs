namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg tell reporters after Varna": among the asked person's statements, the one that holds enough of the
/// question (reporters, the weightier word, in its paragraph) answers, though another ranks higher on the place alone.</summary>
public sealed class CoveringFirstTests : InventedArticleTests
{
    private const string Binding = "The guarantees must be legally binding, every guarantor must sign them, and the parliaments of all the "
        + "guarantor states must ratify them before they take effect, which will take many months of careful work by lawyers on both sides of the table.";

    public CoveringFirstTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-varna-talks", "Talks in Varna",
            ["“Varna first: after the Varna meeting, nothing is signed in Varna,” delegate Ivo Berg told Varna radio.",
             "Speaking to reporters, Ivo Berg said: “" + Binding + "”",
             "“The harbour of Varna stays closed,” port chief Ana Vell said. She told reporters: “Ships wait outside.” “The town needs fuel,” Vell said."],
            [Person("berg", "Ivo Berg", "delegate", "Berg"), Person("vell", "Ana Vell", "port chief", "Vell")],
            [Quote("berg-signed", 1, "berg", "Varna first: after the Varna meeting, nothing is signed in Varna"),
             Quote("berg-binding", 2, "berg", Binding),
             Quote("vell-harbour", 3, "vell", "The harbour of Varna stays closed"), Quote("vell-ships", 3, "vell", "Ships wait outside"),
             Quote("vell-fuel", 3, "vell", "The town needs fuel")],
            places: [Place("Varna", "city")]);
    }

    [Fact]
    public void TheStatementHoldingEnoughOfTheQuestion_Answers()
    {
        var answer = Engine.Ask("what did berg tell reporters after varna");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Binding, answer.Citations[0].Quote);
    }
}
