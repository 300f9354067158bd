using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>One person across outlets: where an article names them without a role, the fullest role
/// another article gives is shown; an article's own role stays its own.</summary>
public sealed class RoleAcrossArticlesTests : IDisposable
{
    private readonly CorpusFixture _corpus = new(CorpusFixture.FollowUpArticle);

    [Fact]
    public void PersonNamedWithoutARole_ShowsTheFullestRoleAnotherArticleGives()
    {
        var path = Path.Combine(_corpus.ArticlesDirectory, CorpusFixture.FollowUpArticle);
        var article = JsonNode.Parse(File.ReadAllText(path))!;
        var podolyak = article["actors"]!.AsArray().First(a => (string?)a!["id"] == "podolyak")!.AsObject();
        podolyak.Remove("role");
        File.WriteAllText(path, article.ToJsonString());
        var seedRole = TestCore.Knowledge.Articles.SelectMany(a => a.Actors).First(a => a.Id == "podolyak").Role;

        var answer = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System)).QuotesOf("Podolyak");

        var fromCourier = answer.Citations.First(c => c.Source.ArticleId == "courier-2022-03-30-istanbul-follow-up");
        Assert.NotNull(seedRole);
        Assert.Equal(seedRole, fromCourier.Role);
    }

    [Fact]
    public void SpeakerDescribedByTheRoleOfALaterArticle_IsFound()
    {
        var path = Path.Combine(_corpus.ArticlesDirectory, CorpusFixture.FollowUpArticle);
        var article = JsonNode.Parse(File.ReadAllText(path))!;
        var podolyak = article["actors"]!.AsArray().First(a => (string?)a!["id"] == "podolyak")!.AsObject();
        podolyak["role"] = "chief of the lighthouse committee";
        File.WriteAllText(path, article.ToJsonString());

        var answer = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System)).Ask("what did the lighthouse chief say");

        Assert.True(answer.Answered, answer.Text);
        Assert.All(answer.Citations.Where(c => !c.IsCounterpoint), c => Assert.Equal("Mykhailo Podolyak", c.Speaker));
    }

    public void Dispose() => _corpus.Dispose();
}
