using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Input;

namespace TalksBot.Ingest.Corpus;

/// <summary>Reads what ingest needs from a data directory through Core's loader: the vocabulary, and the
/// articles already there (for their actors). An invalid article is skipped with a warning naming it.</summary>
internal static class CorpusReader
{
    public static Vocabulary ReadVocabulary(string dataDirectory)
    {
        try
        {
            return KnowledgeLoader.LoadVocabulary(dataDirectory);
        }
        catch (Exception e) when (e is DataValidationException or IOException)
        {
            throw new IngestRefusedException($"cannot read the data directory's vocabulary: {e.Message}");
        }
    }

    public static List<Article> ReadArticles(string dataDirectory, Vocabulary vocabulary, Action<string> warn)
    {
        var folder = Path.Combine(dataDirectory, KnowledgeLoader.ArticlesFolderName);
        var articles = new List<Article>();
        if (!Directory.Exists(folder))
        {
            return articles;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                articles.Add(KnowledgeLoader.ParseArticle(path, File.ReadAllText(path), vocabulary));
            }
            catch (Exception e) when (e is DataValidationException or IOException)
            {
                warn($"skipped {Path.GetFileName(path)} when matching actors: {e.Message}");
            }
        }

        return articles;
    }

    /// <summary>Refuses output the host's loader would refuse; ingest never writes a file the bot cannot load.</summary>
    public static void Validate(string path, string json, Vocabulary vocabulary)
    {
        try
        {
            KnowledgeLoader.ParseArticle(path, json, vocabulary);
        }
        catch (DataValidationException e)
        {
            throw new IngestRefusedException($"the article found does not pass the data loader, nothing written: {e.Message}");
        }
    }
}
