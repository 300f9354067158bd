namespace TalksBot.Core.Tests.Query;

/// <summary>A declined question names the words no statement holds: "doesn't mention" only when no article's text holds
/// them either; a word only the narration holds is mentioned but quoted by no one.</summary>
public sealed class UnquotedWordTests : InventedArticleTests
{
    public UnquotedWordTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-yacht", "A yacht in the harbour",
            ["A yacht owned by Oskar Lindqvist docked overnight, the harbour office said.",
             "“The repairs will take a week,” said Ivo Berg, the harbour master."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-repairs", 2, "berg", "The repairs will take a week")]);
    }

    [Fact]
    public void AWordOnlyTheNarrationHolds_IsMentionedButQuotedByNoOne()
    {
        var answer = Engine.Ask("who commented on lindqvist");

        Assert.False(answer.Answered);
        Assert.StartsWith("The coverage mentions “lindqvist” but quotes no one on it.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordNoArticleHolds_IsNotMentioned()
    {
        var answer = Engine.Ask("who commented on the borscht");

        Assert.False(answer.Answered);
        Assert.StartsWith("The coverage doesn't mention “borscht”.", answer.Text, StringComparison.Ordinal);
    }
}
