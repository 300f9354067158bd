using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Index;

/// <summary>Articles are described on several threads at once; the index (and so every answer)
/// must still come out the same on every load of the same data.</summary>
public sealed class ParallelIndexBuildTests
{
    private static readonly IReadOnlyList<Article> Articles = CopiesOfTheSeed(96);

    [Fact]
    public void SameArticles_GiveTheSameTermsAndPostingsOnEveryBuild()
    {
        var first = Build();
        for (var run = 0; run < 4; run++)
        {
            var again = Build();

            Assert.Equal(first.TermKeys, again.TermKeys);
            Assert.Equal(first.Postings.Count, again.Postings.Count);
            for (var term = 0; term < first.Postings.Count; term++)
            {
                Assert.Equal(first.Postings[term].Entries, again.Postings[term].Entries);
                Assert.Equal(first.Postings[term].Weights, again.Postings[term].Weights);
            }
        }
    }

    [Theory]
    [InlineData("who proposed neutrality")]
    [InlineData("what did kirby say about the withdrawel")]
    [InlineData("what did Reuters report on March 12")]
    public void SameArticles_GiveTheSameAnswerOnEveryBuild(string question)
    {
        var first = TestCore.CreateEngine(KnowledgeBase.Create(Articles, TestCore.Knowledge.Vocabulary, DateTimeOffset.UnixEpoch)).Ask(question);
        for (var run = 0; run < 3; run++)
        {
            var again = TestCore.CreateEngine(KnowledgeBase.Create(Articles, TestCore.Knowledge.Vocabulary, DateTimeOffset.UnixEpoch)).Ask(question);

            Assert.Equal(first.Text, again.Text);
            Assert.Equal(first.Citations.Select(c => c.Source.ArticleId), again.Citations.Select(c => c.Source.ArticleId));
        }
    }

    [Fact]
    public void EveryStatementIsFoundUnderEachOfItsTerms()
    {
        var index = Build();

        Assert.All(index.Statements, statement =>
            Assert.All(statement.Terms, term => Assert.Contains(statement.Index, index.Postings[term].Entries)));
        // The places of an article's setting find its statements too, though a statement holds them only in part.
        Assert.Equal(index.Statements.Sum(s => s.Terms.Length + index.SettingTerms(s.Article).Count(t => !s.Contains(t))),
            index.Postings.Sum(p => p.DocumentFrequency));
    }

    private static KnowledgeIndex Build() => KnowledgeIndexBuilder.Build(Articles, TestCore.Knowledge.Vocabulary);

    /// <summary>Copies that differ in publisher, date and a word or two, so articles bring new terms
    /// in an order the threads could disturb.</summary>
    private static List<Article> CopiesOfTheSeed(int count)
    {
        var seed = TestCore.Knowledge.Articles[0];
        string[] words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var replacement = words[i % words.Length] + i;
            string Swap(string text) => text.Replace("talks", replacement, StringComparison.Ordinal);
            return seed with
            {
                Id = $"copy-{i}",
                Publisher = i % 2 == 0 ? "Reuters" : "AP",
                Date = seed.Date!.Value.AddDays(i % 20),
                Paragraphs = [.. seed.Paragraphs.Select(Swap)],
                Statements = [.. seed.Statements.Select(s => s with { Quote = Swap(s.Quote) })],
            };
        })];
    }
}
