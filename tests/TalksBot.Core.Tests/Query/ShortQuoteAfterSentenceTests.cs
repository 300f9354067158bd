namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg say": his sentences, in every article, come before the two words he said first ("We'll see")
/// and the few words an excerpt cut off ("Because of the storm the ferr"), which still follow.</summary>
public sealed class ShortQuoteAfterSentenceTests : InventedArticleTests
{
    public ShortQuoteAfterSentenceTests()
    {
        Write("ledger-2022-03-30-harbour", "Harbour plans",
            ["“We’ll see,” harbour master Ivo Berg said. “Nothing moves until the inspectors sign the papers.”",
             "Berg added: “Because of the storm the ferr"],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-see", 1, "berg", "We’ll see"),
             Quote("berg-papers", 1, "berg", "Nothing moves until the inspectors sign the papers."),
             Quote("berg-storm", 2, "berg", "Because of the storm the ferr", cut: true)]);
        Write("ledger-2022-03-31-harbour", "Inspectors due",
            ["“The inspectors arrive on Thursday morning,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-inspectors", 1, "berg", "The inspectors arrive on Thursday morning")],
            date: "2022-03-31");
    }

    [Fact]
    public void WhatAPersonSaid_ShowsTheirSentenceBeforeAFewWords()
    {
        var answer = Engine.Ask("what did berg say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(["Nothing moves until the inspectors sign the papers.", "The inspectors arrive on Thursday morning"],
            answer.Citations.Take(2).Select(c => c.Quote));
        Assert.Equal(["Because of the storm the ferr", "We’ll see"], answer.Citations.Skip(2).Select(c => c.Quote).Order(StringComparer.Ordinal));
    }
}
