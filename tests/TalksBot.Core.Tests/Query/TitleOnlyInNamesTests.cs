namespace TalksBot.Core.Tests.Query;

/// <summary>A title that only the speaker's names hold ("Rear Admiral Ivo Berg"; the article text never says "admiral")
/// still describes him: "the rear admiral" is asked about, not a stranger.</summary>
public sealed class TitleOnlyInNamesTests : InventedArticleTests
{
    public TitleOnlyInNamesTests() =>
        Write("ledger-2022-03-30-admiral", "Fleet movements",
            ["“The fleet stays in port this week,” Berg said."],
            [Person("berg", "Ivo Berg", "fleet commander", "Berg", "Rear Admiral Ivo Berg")],
            [Quote("berg-fleet", 1, "berg", "The fleet stays in port this week")]);

    [Theory]
    [InlineData("what did the rear admiral say")]
    [InlineData("what did the rear admiral say about the fleet")]
    [InlineData("who is the rear admiral")]
    public void TheTitle_FindsTheOneWhoseNamesHoldIt(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ivo Berg", answer.Text + string.Join(' ', answer.Citations.Select(c => c.Speaker)), StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't quote", answer.Text, StringComparison.Ordinal);
    }
}
