namespace TalksBot.TestKit;

/// <summary>A temporary data directory: a copy of the repository's data/ plus test-only articles
/// (tests/TalksBot.TestKit/Fixtures), deleted on dispose.</summary>
public sealed class CorpusFixture : IDisposable
{
    public const string FollowUpArticle = "courier-2022-03-30-istanbul-follow-up.json";

    public CorpusFixture(params string[] extraArticles)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("talksbot-corpus-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories))
        {
            Write(Path.GetRelativePath(RepositoryPaths.Data, file), File.ReadAllBytes(file));
        }

        foreach (var article in extraArticles)
        {
            AddArticle(article);
        }
    }

    public string Directory { get; }

    public string ArticlesDirectory => Path.Combine(Directory, "articles");

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public void AddArticle(string fixtureName) =>
        File.Copy(FixturePath(fixtureName), Path.Combine(ArticlesDirectory, fixtureName), overwrite: true);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private void Write(string relative, byte[] content)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
