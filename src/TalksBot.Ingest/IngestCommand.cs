using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Corpus;
using TalksBot.Ingest.Evaluation;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Output;

namespace TalksBot.Ingest;

/// <summary>The <c>ingest</c> verb: one article file in, <c>&lt;data&gt;/articles/&lt;id&gt;.json</c> out.</summary>
public static class IngestCommand
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    /// <param name="args">What follows the verb: <c>&lt;file&gt; [--publisher …] [--date YYYY-MM-DD] [--url …] [--title …] [--dry-run] [--force]</c>.</param>
    /// <param name="dataDirectory">The data directory holding <c>vocabulary.json</c> and <c>articles/</c>.</param>
    /// <returns>0 when written (or printed, with --dry-run), 1 when the input is refused and nothing is written, 2 on a usage error.</returns>
    public static int Run(IReadOnlyList<string> args, string dataDirectory, TextWriter output, TextWriter error) =>
        Run(args, dataDirectory, output, error, NullLogger.Instance);

    public static int Run(IReadOnlyList<string> args, string dataDirectory, TextWriter output, TextWriter error, ILogger logger)
    {
        if (EvaluateCommand.Wants(args))
        {
            return EvaluateCommand.Run(args, dataDirectory, output, error);
        }

        var (parsed, usage) = IngestArguments.Parse(args);
        if (parsed is null)
        {
            error.WriteLine($"ingest: {usage}");
            error.WriteLine(IngestArguments.Usage);
            return UsageError;
        }

        try
        {
            return Ingest(parsed, dataDirectory, output, error, logger);
        }
        catch (IngestRefusedException e)
        {
            Log.IngestRefused(logger, parsed.File, e.Message);
            error.WriteLine($"ingest: refused: {e.Message}");
            return Refused;
        }
    }

    private static int Ingest(IngestArguments args, string dataDirectory, TextWriter output, TextWriter error, ILogger logger)
    {
        var text = InputReader.ReadFile(args.File);
        var vocabulary = CorpusReader.ReadVocabulary(dataDirectory);
        var existing = CorpusReader.ReadArticles(dataDirectory, vocabulary, reason =>
        {
            Log.CorpusFileSkipped(logger, reason);
            error.WriteLine($"ingest: warning: {reason}");
        });
        var result = new ArticleIngestor(vocabulary, existing).Ingest(text, args.Options);
        var id = result.Article.Id;
        if (existing.Any(a => a.Id == id))
        {
            // Re-ingesting an article must not match actors against its own previous version.
            result = new ArticleIngestor(vocabulary, [.. existing.Where(a => a.Id != id)]).Ingest(text, args.Options);
        }

        var json = ArticleJsonWriter.Write(result);
        var folder = Path.Combine(dataDirectory, "articles");
        var path = Path.Combine(folder, id + ".json");
        CorpusReader.Validate(path, json, vocabulary);
        var summary = Summary(result.Article);
        if (args.DryRun)
        {
            output.Write(json);
            error.WriteLine($"dry run: {summary}; would write {path}");
            Log.DryRun(logger, args.File, id, result.Article.Statements.Count, result.Article.Actors.Count);
            return Success;
        }

        if (File.Exists(path) && !args.Force)
        {
            throw new IngestRefusedException($"{path} already exists; pass --force to replace it");
        }

        WriteAtomically(folder, path, json);
        Log.ArticleWritten(logger, args.File, id, result.Article.Statements.Count, result.Article.Actors.Count, path);
        output.WriteLine($"wrote {path}: {summary}");
        return Success;
    }

    /// <summary>Writes beside the target and renames over it, so a watcher never sees a half-written file.</summary>
    private static void WriteAtomically(string folder, string path, string json)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, json, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Summary(Article a)
    {
        var quotes = a.Statements.Count(s => s.Kind == StatementKind.DirectQuote);
        var claims = a.Statements.Count(s => s.Kind == StatementKind.ReportedClaim);
        var narration = a.Statements.Count - quotes - claims is var m and > 0 ? $", {m} narration" : "";
        var cut = a.Statements.Count(s => s.IsCut) is var n and > 0 ? $", {n} quote(s) cut off where the text ends (kept as far as they go, marked cut)" : "";
        return $"{a.Paragraphs.Count} paragraphs, {a.Statements.Count} statements ({quotes} direct quotes, "
            + $"{claims} reported claims{narration}), {a.Actors.Count} actors{cut}";
    }
}
