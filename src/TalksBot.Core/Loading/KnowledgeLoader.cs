using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Reads and validates the data directory: <c>vocabulary.json</c> and every
/// <c>articles/*.json</c>. Any problem throws <see cref="DataValidationException"/>; nothing is
/// served partially.</summary>
public static class KnowledgeLoader
{
    public const string VocabularyFileName = "vocabulary.json";
    public const string ArticlesFolderName = "articles";
    public const string CommonWordsFileName = "english/common-words.txt";
    public const string DecisionFileName = "decision.json";

    /// <summary>Files above this size are refused before they are read.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>Loads and indexes the whole data directory.</summary>
    public static KnowledgeBase Load(string dataDirectory, TimeProvider time)
    {
        var vocabulary = LoadVocabulary(dataDirectory);
        return KnowledgeBase.Create(LoadArticles(dataDirectory, vocabulary), vocabulary, time.GetUtcNow());
    }

    public static IReadOnlyList<Article> LoadArticles(string dataDirectory, Vocabulary vocabulary)
    {
        var folder = Path.Combine(dataDirectory, ArticlesFolderName);
        if (!Directory.Exists(folder))
        {
            throw new DataValidationException($"{folder}: folder not found");
        }

        var paths = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var parsed = new Article?[paths.Length];
        var failures = new Exception?[paths.Length];
        var strings = new StringPool();
        Parallel.For(0, paths.Length, i =>
        {
            try
            {
                parsed[i] = ReadArticle(paths[i], vocabulary, strings);
            }
            catch (Exception e) when (e is DataValidationException or IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });

        // The first bad file in name order is reported, however the work was split, and as what it was
        // (a file removed while a reload reads it is an IOException, as in a sequential read).
        if (failures.FirstOrDefault(e => e is not null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        var articles = parsed.Select(a => a!).ToList();
        if (articles.Count == 0)
        {
            throw new DataValidationException($"{folder}: no article files (*.json)");
        }

        foreach (var duplicate in articles.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new DataValidationException($"{folder}: article id '{duplicate.Key}' is used by more than one file");
        }

        return articles;
    }

    public static Vocabulary LoadVocabulary(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, VocabularyFileName);
        var vocabulary = ParseVocabulary(path, ReadFile(path));
        var wordsPath = Path.Combine(dataDirectory, CommonWordsFileName);
        if (!File.Exists(wordsPath))
        {
            // Without it every ordinary word of a question counts as a name the coverage lacks.
            throw new DataValidationException($"{wordsPath}: file not found (the engine needs the English word list)");
        }

        var decisionPath = Path.Combine(dataDirectory, DecisionFileName);
        return vocabulary with
        {
            CommonWords = ParseWordList(ReadFile(wordsPath)),
            Decision = File.Exists(decisionPath) ? DecisionFile.Parse(decisionPath, ReadFile(decisionPath)) : DecisionParameters.Default,
        };
    }

    private static HashSet<string> ParseWordList(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public static Article ParseArticle(string fileName, string json, Vocabulary vocabulary)
    {
        using var document = ParseJson(fileName, () => JsonDocument.Parse(json, DocumentOptions));
        return ArticleParser.Parse(fileName, document.RootElement, vocabulary, new StringPool());
    }

    /// <summary>Reads an article file into a pooled buffer (ten thousand files would otherwise leave
    /// as many byte arrays to the garbage collector) and parses it from the UTF-8 bytes.</summary>
    private static Article ReadArticle(string path, Vocabulary vocabulary, StringPool strings)
    {
        // Sized and read through one handle: a file replaced meanwhile (ingest writes a temporary
        // file and renames it over the old one) is read whole, in the version that was opened.
        using var handle = OpenExisting(path);
        var length = LengthOf(path, handle);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var utf8Json = Utf8Payload(path, buffer.AsMemory(0, ReadInto(handle, buffer.AsSpan(0, length))));
            using var document = ParseJson(path, () => JsonDocument.Parse(utf8Json, DocumentOptions));
            return ArticleParser.Parse(path, document.RootElement, vocabulary, strings);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static Vocabulary ParseVocabulary(string fileName, string json)
    {
        using var document = ParseJson(fileName, () => JsonDocument.Parse(json, DocumentOptions));
        return VocabularyParser.Parse(fileName, document.RootElement);
    }

    private static JsonDocument ParseJson(string fileName, Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            throw new DataValidationException($"{fileName}: malformed JSON at line {line}, position {position}: {FirstSentence(e.Message)}");
        }
    }

    private static string ReadFile(string path)
    {
        var bytes = ReadUtf8File(path);
        return System.Text.Encoding.UTF8.GetString(bytes.Span);
    }

    /// <summary>The file's bytes without a byte-order mark, refused when too large or not UTF-8.</summary>
    private static ReadOnlyMemory<byte> ReadUtf8File(string path)
    {
        using var handle = OpenExisting(path);
        var bytes = new byte[LengthOf(path, handle)];
        return Utf8Payload(path, bytes.AsMemory(0, ReadInto(handle, bytes)));
    }

    private static SafeFileHandle OpenExisting(string path)
    {
        try
        {
            return File.OpenHandle(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataValidationException($"{path}: file not found");
        }
    }

    /// <summary>The open file's size, refused when over <see cref="MaxFileBytes"/> before anything is read.</summary>
    private static int LengthOf(string path, SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        return length > MaxFileBytes
            ? throw new DataValidationException($"{path}: {length} bytes is over the {MaxFileBytes}-byte limit for a data file")
            : (int)length;
    }

    /// <summary>Fills <paramref name="buffer"/> from the start of the file, or as much as the file holds.</summary>
    private static int ReadInto(SafeFileHandle handle, Span<byte> buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer[total..], total)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The bytes without a byte-order mark; refused when not UTF-8. Articles go to the JSON
    /// parser as UTF-8 bytes: no UTF-16 copy of the whole file is made.</summary>
    private static ReadOnlyMemory<byte> Utf8Payload(string path, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.StartsWith(Utf8ByteOrderMark))
        {
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }

        return System.Text.Unicode.Utf8.IsValid(bytes.Span) ? bytes : throw new DataValidationException($"{path}: not valid UTF-8");
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
