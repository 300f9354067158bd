using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Ingest.Tests;

/// <summary>A scratch copy of the repository's data/ (vocabulary, schema, curated articles) that tests may write into.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory(bool withArticles = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "talksbot-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Articles);
        File.Copy(System.IO.Path.Combine(RepositoryPaths.Data, "vocabulary.json"), System.IO.Path.Combine(Path, "vocabulary.json"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "english"));
        File.Copy(System.IO.Path.Combine(RepositoryPaths.Data, KnowledgeLoader.CommonWordsFileName), System.IO.Path.Combine(Path, KnowledgeLoader.CommonWordsFileName));
        if (withArticles)
        {
            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Data, "articles"), "*.json"))
            {
                File.Copy(file, System.IO.Path.Combine(Articles, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    public string Articles => System.IO.Path.Combine(Path, "articles");

    public IReadOnlyList<string> ArticleFiles => [.. Directory.GetFiles(Articles).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>A file in the scratch folder (outside articles/) holding <paramref name="bytes"/>.</summary>
    public string Input(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = IngestCommand.Run(args, Path, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
