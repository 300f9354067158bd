using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Loading;

public sealed class DirectoryLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("talksbot-data-").FullName;

    [Fact]
    public void RepositoryData_LoadsWholly()
    {
        var knowledge = KnowledgeLoader.Load(RepositoryPaths.Data, TimeProvider.System);

        Assert.NotEmpty(knowledge.Articles);
        Assert.All(knowledge.Articles, a => Assert.All(a.Statements, s => Assert.Contains(s.Quote, a.Paragraphs[s.Paragraph - 1], StringComparison.Ordinal)));
    }

    [Fact]
    public void NoArticles_IsRefused()
    {
        CopyVocabulary();
        Directory.CreateDirectory(Path.Combine(_directory, "articles"));

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.Load(_directory, TimeProvider.System));

        Assert.Contains("no article files", error.Message);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedNamingTheFile()
    {
        var articles = ArticlesFolderWithVocabulary();
        File.WriteAllBytes(Path.Combine(articles, "latin1.json"), [0x7B, 0x22, 0xE9, 0x22, 0x7D]);

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.Load(_directory, TimeProvider.System));

        Assert.Contains("latin1.json", error.Message);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void SameArticleIdInTwoFiles_IsRefused()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = SeedPath;
        File.Copy(seed, Path.Combine(articles, "a.json"));
        File.Copy(seed, Path.Combine(articles, "b.json"));

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.Load(_directory, TimeProvider.System));

        Assert.Contains("used by more than one file", error.Message);
    }

    [Fact]
    public void SeveralBadFiles_TheFirstByNameIsReported()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = SeedPath;
        for (var i = 0; i < 40; i++)
        {
            File.Copy(seed, Path.Combine(articles, $"good-{i:D2}.json"));
        }

        File.WriteAllText(Path.Combine(articles, "m-broken.json"), "{ \"id\": ");
        File.WriteAllText(Path.Combine(articles, "z-broken.json"), "[]");

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.Load(_directory, TimeProvider.System));

        Assert.Contains("m-broken.json", error.Message);
        Assert.DoesNotContain("z-broken.json", error.Message);
    }

    [Fact]
    public void EmptyArticleFile_IsRefusedNamingTheFile()
    {
        var articles = ArticlesFolderWithVocabulary();
        File.WriteAllBytes(Path.Combine(articles, "empty.json"), []);

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.Load(_directory, TimeProvider.System));

        Assert.Contains("empty.json", error.Message);
        Assert.Contains("malformed JSON", error.Message);
    }

    [Fact]
    public void FilesOfManySizes_EachLoadWhole()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = SeedJson();
        for (var i = 0; i < 30; i++)
        {
            seed["id"] = $"copy-{i}";
            seed["title"] = "Copy " + new string('x', i * 997);
            var indented = new JsonSerializerOptions { WriteIndented = i % 2 == 0 };
            File.WriteAllText(Path.Combine(articles, $"copy-{i:D2}.json"), seed.ToJsonString(indented));
        }

        var knowledge = KnowledgeLoader.Load(_directory, TimeProvider.System);

        Assert.Equal(30, knowledge.Articles.Count);
        Assert.All(knowledge.Articles, a => Assert.Equal(int.Parse(a.Id[5..], CultureInfo.InvariantCulture) * 997, a.Title.Length - "Copy ".Length));
    }

    [Fact]
    public async Task ArticleReplacedByABiggerVersionWhileLoading_IsReadWhole()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = SeedJson();
        var small = seed.ToJsonString();
        seed["title"] = new string('x', small.Length * 2);
        var big = seed.ToJsonString();
        var path = Path.Combine(articles, "article.json");
        File.WriteAllText(path, small);
        var vocabulary = KnowledgeLoader.LoadVocabulary(_directory);

        // As ingest writes: a temporary file renamed over the old one.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var temporary = Path.Combine(_directory, "next.tmp");
                File.WriteAllText(temporary, i % 2 == 0 ? big : small);
                File.Move(temporary, path, overwrite: true);
            }
        });
        try
        {
            for (var load = 0; load < 1500; load++)
            {
                Assert.Single(KnowledgeLoader.LoadArticles(_directory, vocabulary));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
    }

    [Fact]
    public void ArticlesWithoutStatements_LoadAndQuestionsAreDeclined()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = SeedJson();
        seed["statements"] = new JsonArray();
        File.WriteAllText(Path.Combine(articles, "no-statements.json"), seed.ToJsonString());

        var knowledge = KnowledgeLoader.Load(_directory, TimeProvider.System);
        var answer = TestCore.CreateEngine(knowledge).Ask("who proposed neutrality?");

        Assert.Equal(0, knowledge.StatementCount);
        Assert.False(answer.Answered);
        Assert.NotEmpty(answer.Text);
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var articles = ArticlesFolderWithVocabulary();
        var seed = File.ReadAllBytes(SeedPath);
        File.WriteAllBytes(Path.Combine(articles, "with-bom.json"), [0xEF, 0xBB, 0xBF, .. seed]);

        var knowledge = KnowledgeLoader.Load(_directory, TimeProvider.System);

        Assert.Single(knowledge.Articles);
    }

    [Fact]
    public void BadVocabulary_IsRefusedNamingTheField()
    {
        File.WriteAllText(Path.Combine(_directory, "vocabulary.json"), "{\"topics\": [], \"synonyms\": [[\"alone\"]], \"speech_verbs\": [], \"answer_types\": {}}", Encoding.UTF8);

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.LoadVocabulary(_directory));

        Assert.Contains("vocabulary.json", error.Message);
        Assert.Contains("field 'synonyms'", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string SeedPath => Path.Combine(RepositoryPaths.Data, "articles", "dailywire-2022-03-29-istanbul-talks.json");

    private static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(SeedPath))!.AsObject();

    /// <summary>The data directory's vocabulary and word list copied in and its articles folder created, empty.</summary>
    private string ArticlesFolderWithVocabulary()
    {
        CopyVocabulary();
        return Directory.CreateDirectory(Path.Combine(_directory, "articles")).FullName;
    }

    private void CopyVocabulary()
    {
        File.Copy(Path.Combine(RepositoryPaths.Data, "vocabulary.json"), Path.Combine(_directory, "vocabulary.json"));
        Directory.CreateDirectory(Path.Combine(_directory, "english"));
        File.Copy(Path.Combine(RepositoryPaths.Data, KnowledgeLoader.CommonWordsFileName), Path.Combine(_directory, KnowledgeLoader.CommonWordsFileName));
    }

    [Fact]
    public void MissingWordList_IsRefusedNamingTheFile()
    {
        ArticlesFolderWithVocabulary();
        File.Delete(Path.Combine(_directory, KnowledgeLoader.CommonWordsFileName));

        var error = Assert.Throws<DataValidationException>(() => KnowledgeLoader.LoadVocabulary(_directory));

        Assert.Contains("common-words.txt: file not found", error.Message, StringComparison.Ordinal);
    }
}
